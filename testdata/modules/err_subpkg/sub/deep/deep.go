package deep

const N = 1
