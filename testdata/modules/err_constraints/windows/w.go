//go:build windows || (linux && arm64)

package windows
