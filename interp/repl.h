// The interactive loop: `gilpy` on a terminal, or `gilpy -i` after a script.
#pragma once

namespace gp {

// Reads, compiles (single-statement mode) and runs statements in __main__
// until end of input (true) or until SystemExit escapes (false, with the
// exception left set for the caller to turn into the exit status).
// show_banner prints the version line first, as CPython does when no
// script ran and -q was not given.
bool run_repl(bool show_banner);

}  // namespace gp
