#ifndef CPANGOCAIRO_SHIM_H
#define CPANGOCAIRO_SHIM_H
// Cairo (PDF surface, drawing) and Pango (text layout) in one module, so that the cairo
// types Pango uses are the same Swift types as the ones we draw with.
#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#endif
