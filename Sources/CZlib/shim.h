#ifndef CZLIB_SHIM_H
#define CZLIB_SHIM_H
// zlib's deflate, for the compressed (Z64) graphic fields of thermal labels.
#include <zlib.h>
#endif
