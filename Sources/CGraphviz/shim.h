// The Graphviz headers, found either under graphviz/ (Debian without pkg-config, Homebrew) or
// directly on the include path that pkg-config's libgvc.pc gives.
#if __has_include(<graphviz/gvc.h>)
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#else
#include <gvc.h>
#include <cgraph.h>
#endif

// Agdirected and friends are mutable C globals, which Swift 6 refuses to read; copies are fine.
static inline Agdesc_t gvshim_directed(void) { return Agdirected; }
