/* runtime/sizeclasses.c — the allocator's size classes (gc: sizeclasses.go,
 * msize.go).
 *
 * gc rounds every small allocation (<= 32768 bytes) up to one of 67 size
 * classes; class 0 means "large" (rounded up to whole 8 KiB pages).  Because
 * append's capacity growth is rounded the same way, cap() after append is
 * observable, so these numbers must be gc 1.19's exactly.
 *
 * Invariants:
 *   - rt_class_to_size is strictly increasing and rt_class_to_size[67] == MAX_SMALL_SIZE.
 *   - size_to_class8[i] is the smallest class whose size is >= i*8, and
 *     size_to_class128[i] the smallest whose size is >= 1024 + i*128; both are
 *     computed from rt_class_to_size by rt_sizeclasses_init (which gives gc's
 *     generated tables) before the first allocation (mallocinit calls it).
 */
#include "rt.h"

const uint16_t rt_class_to_size[NUM_SIZE_CLASSES] = {
	0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288,
	320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536,
	1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192,
	9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576,
	27264, 28672, 32768,
};

/* Pages (8 KiB) per span of each class; for the real allocator. */
const uint8_t rt_class_to_allocnpages[NUM_SIZE_CLASSES] = {
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2,
	9, 7, 5, 8, 3, 10, 7, 4,
};

static uint8_t size_to_class8[SMALL_SIZE_MAX / SMALL_SIZE_DIV + 1];
static uint8_t size_to_class128[(MAX_SMALL_SIZE - SMALL_SIZE_MAX) / LARGE_SIZE_DIV + 1];

static uint8_t smallest_class(uintptr_t size)
{
	uint8_t c = 0;
	while (rt_class_to_size[c] < size)
		c++;
	return c;
}

void rt_sizeclasses_init(void)
{
	for (uintptr_t i = 0; i < NELEM(size_to_class8); i++)
		size_to_class8[i] = smallest_class(i * SMALL_SIZE_DIV);
	for (uintptr_t i = 0; i < NELEM(size_to_class128); i++)
		size_to_class128[i] = smallest_class(SMALL_SIZE_MAX + i * LARGE_SIZE_DIV);
}

/* The size class of a small allocation of size bytes (size <= MAX_SMALL_SIZE). */
uint8_t rt_size_to_class(uintptr_t size)
{
	if (size <= SMALL_SIZE_MAX - 8)
		return size_to_class8[(size + SMALL_SIZE_DIV - 1) / SMALL_SIZE_DIV];
	return size_to_class128[(size - SMALL_SIZE_MAX + LARGE_SIZE_DIV - 1) / LARGE_SIZE_DIV];
}

/* The size of the block mallocgc hands out for a request of size bytes (gc: roundupsize). */
uintptr_t rt_roundupsize(uintptr_t size)
{
	if (size < MAX_SMALL_SIZE)
		return rt_class_to_size[rt_size_to_class(size)];
	if (size + PAGE_SIZE < size)
		return size;
	return (size + PAGE_SIZE - 1) & ~(uintptr_t)(PAGE_SIZE - 1);
}
