#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
/*
 * The C side of the ncurses backend. Swift 6 cannot read ncurses' mutable globals (stdscr, LINES, COLS)
 * nor import function-like macros (A_BOLD, COLOR_PAIR, KEY_F, BUTTON1_PRESSED), so they are wrapped here
 * as static inline functions. The signal handlers live here too, because a handler must not call into
 * the Swift runtime.
 */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <curses.h>

/* ---- Screen and window accessors ---------------------------------------------------------------- */

/** Starts curses on the process's terminal; NULL (instead of exiting, as initscr does) when TERM is unusable. */
static inline SCREEN *cnc_newterm(void) { return newterm(NULL, stdout, stdin); }
/** Whether the terminal can move the cursor (`cup`): without it (TERM=dumb) curses output is garbage. */
static inline int cnc_can_address_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}
static inline WINDOW *cnc_stdscr(void) { return stdscr; }
static inline int cnc_lines(void) { return getmaxy(stdscr); }
static inline int cnc_cols(void) { return getmaxx(stdscr); }
static inline int cnc_color_pairs(void) { return COLOR_PAIRS; }

/** The locale's character set, e.g. "UTF-8" or "ANSI_X3.4-1968". */
static inline const char *cnc_codeset(void) { return nl_langinfo(CODESET); }

/* ---- Attributes ---------------------------------------------------------------------------------- */

static inline attr_t cnc_a_normal(void) { return A_NORMAL; }
static inline attr_t cnc_a_bold(void) { return A_BOLD; }
static inline attr_t cnc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cnc_a_reverse(void) { return A_REVERSE; }
static inline attr_t cnc_a_dim(void) { return A_DIM; }

/* ---- Keys and mouse ------------------------------------------------------------------------------ */

static inline int cnc_key_f(int n) { return KEY_F(n); }
static inline mmask_t cnc_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cnc_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t cnc_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t cnc_button5_pressed(void) { return BUTTON5_PRESSED; }

/* ---- Signals --------------------------------------------------------------------------------------
 *
 * A self-pipe: the handlers only write one byte ('T' for SIGTERM/SIGHUP/SIGINT, 'W' for SIGWINCH) to a
 * non-blocking pipe, which is async-signal-safe; the backend polls the read end beside stdin, so a
 * signal wakes a waiting readKey at once. The SIGWINCH handler then calls the handler ncurses installed
 * (which flags the resize for ncurses itself).
 *
 * HAZARD: these statics have internal linkage, so every Swift object file that calls these functions
 * gets its own copy. Call them from ONE Swift file only (Sources/GradeTUI/SignalPipe.swift).
 */

/* One struct with a non-zero initialiser: Swift's importer emitted no storage for a zero-initialised
 * static array (undefined reference at link time). */
static struct cnc_signal_state {
    int pipe[2];
    struct sigaction previous[4];
} cnc_signals = {{-1, -1}, {{{0}}}};
static const int cnc_caught_signals[4] = {SIGTERM, SIGHUP, SIGINT, SIGWINCH};

static inline void cnc_signal_handler(int sig, siginfo_t *info, void *context) {
    int saved_errno = errno;
    char byte = sig == SIGWINCH ? 'W' : 'T';
    if (cnc_signals.pipe[1] >= 0) {
        ssize_t ignored = write(cnc_signals.pipe[1], &byte, 1);
        (void)ignored;
    }
    if (sig == SIGWINCH) {
        struct sigaction *previous = &cnc_signals.previous[3];
        if (previous->sa_flags & SA_SIGINFO) {
            if (previous->sa_sigaction != NULL) previous->sa_sigaction(sig, info, context);
        } else if (previous->sa_handler != SIG_DFL && previous->sa_handler != SIG_IGN && previous->sa_handler != NULL) {
            previous->sa_handler(sig);
        }
    }
    errno = saved_errno;
}

/**
 * Creates the pipe and installs the handlers (after newterm, so that ncurses' SIGWINCH handler is there
 * to chain to). Returns the read end, or -1 with errno set.
 */
static inline int cnc_install_signal_pipe(void) {
    if (cnc_signals.pipe[0] >= 0) return cnc_signals.pipe[0];
    if (pipe(cnc_signals.pipe) != 0) return -1;
    for (int i = 0; i < 2; i++) {
        fcntl(cnc_signals.pipe[i], F_SETFD, FD_CLOEXEC);
        fcntl(cnc_signals.pipe[i], F_SETFL, fcntl(cnc_signals.pipe[i], F_GETFL) | O_NONBLOCK);
    }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = cnc_signal_handler;
    action.sa_flags = SA_SIGINFO | SA_RESTART;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < 4; i++) sigaction(cnc_caught_signals[i], &action, &cnc_signals.previous[i]);
    return cnc_signals.pipe[0];
}

/** Puts back the handlers that were there before and closes the pipe. */
static inline void cnc_remove_signal_pipe(void) {
    if (cnc_signals.pipe[0] < 0) return;
    for (int i = 0; i < 4; i++) sigaction(cnc_caught_signals[i], &cnc_signals.previous[i], NULL);
    close(cnc_signals.pipe[0]);
    close(cnc_signals.pipe[1]);
    cnc_signals.pipe[0] = cnc_signals.pipe[1] = -1;
}

/**
 * Empties the pipe without blocking. Returns a bit set: 1 when a terminate signal was seen, 2 when a
 * resize was.
 */
static inline int cnc_drain_signal_pipe(void) {
    int seen = 0;
    char buffer[64];
    ssize_t count;
    if (cnc_signals.pipe[0] < 0) return 0;
    while ((count = read(cnc_signals.pipe[0], buffer, sizeof buffer)) > 0) {
        for (ssize_t i = 0; i < count; i++) seen |= buffer[i] == 'W' ? 2 : 1;
    }
    return seen;
}

/* ---- Crashes -------------------------------------------------------------------------------------
 *
 * A Swift trap (SIGILL/SIGTRAP), a bad access (SIGSEGV/SIGBUS), abort() or SIGFPE skips every `defer`,
 * which would leave the user's shell in raw mode, without echo, on the alternate screen with mouse
 * reporting on. These handlers put the terminal modes saved before curses started back with tcsetattr,
 * write the xterm sequences that undo mouse reporting, the alternate screen and a hidden cursor (both
 * calls are async-signal-safe), then hand the signal to whatever handled it before (the Swift runtime's
 * backtracer, or the default action). Same single-file rule as above.
 */

static struct cnc_crash_state {
    int saved; /* 1 once the shell's terminal modes were saved */
    struct termios modes;
    struct sigaction previous[6];
} cnc_crash = {-1, {0}, {{{0}}}};
static const int cnc_crash_signals[6] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};

static inline void cnc_crash_handler(int sig, siginfo_t *info, void *context) {
    (void)context;
    static const char reset[] = "\033[?1000l\033[?1006l\033[0m\033[?25h\033[?1049l\r\n";
    if (cnc_crash.saved == 1) {
        tcsetattr(STDIN_FILENO, TCSANOW, &cnc_crash.modes);
        ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
        (void)ignored;
        cnc_crash.saved = 0;
    }
    for (int i = 0; i < 6; i++) {
        if (cnc_crash_signals[i] == sig) sigaction(sig, &cnc_crash.previous[i], NULL);
    }
    /* A fault raised by the kernel happens again when the handler returns, now reaching the previous
     * handler with its real context; a signal sent with kill() or raise() has to be sent again. */
    if (info == NULL || info->si_code <= 0) raise(sig);
}

/** Saves the terminal modes to restore on a crash; call before curses changes them. */
static inline void cnc_save_terminal_modes(void) {
    if (tcgetattr(STDIN_FILENO, &cnc_crash.modes) == 0) cnc_crash.saved = 1;
}

/** Installs the crash handlers (after the Swift runtime installed its own, which they chain to). */
static inline void cnc_install_crash_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = cnc_crash_handler;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < 6; i++) sigaction(cnc_crash_signals[i], &action, &cnc_crash.previous[i]);
}

/** Puts the previous crash handlers back (after endwin the terminal needs no rescue). */
static inline void cnc_remove_crash_handlers(void) {
    struct sigaction current;
    for (int i = 0; i < 6; i++) {
        if (sigaction(cnc_crash_signals[i], NULL, &current) == 0 && (current.sa_flags & SA_SIGINFO)
            && current.sa_sigaction == cnc_crash_handler) {
            sigaction(cnc_crash_signals[i], &cnc_crash.previous[i], NULL);
        }
    }
    cnc_crash.saved = 0;
}

#endif
