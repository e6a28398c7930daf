# SPDX-License-Identifier: GPL-2.0-or-later
"""Tests of scripts/tracetool.py: generated code and error messages.

Usage: test-tracetool.py PATH/TO/tracetool.py (meson passes it).  The C
side of the generated code is exercised by test-trace.c; this checks what
only the generator sees: syntax errors, their messages and exit status,
and the shape of the output.
"""
import contextlib
import importlib.util
import io
import os
import subprocess
import sys
import tempfile
import unittest

TRACETOOL = None
tracetool = None


def load_tracetool(path):
    spec = importlib.util.spec_from_file_location('tracetool', path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def call_main(argv):
    """tracetool.main(@argv) in this process; returns (status, stderr)."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            rc = tracetool.main(argv)
        except SystemExit as e:
            rc = e.code
    return rc, err.getvalue()


def run_tracetool(text, fmt='h', group='grp'):
    """Run tracetool on @text; return (status, stderr, output, input path)."""
    with tempfile.TemporaryDirectory() as tmp:
        events = os.path.join(tmp, 'trace-events')
        out = os.path.join(tmp, 'out')
        with open(events, 'w', encoding='utf-8') as f:
            f.write(text)
        rc, err = call_main(['--group=' + group, '--format=' + fmt,
                             events, out])
        output = None
        if os.path.exists(out):
            with open(out, encoding='utf-8') as f:
                output = f.read()
        return rc, err, output, events


class GeneratedCode(unittest.TestCase):
    EVENTS = ('# comment\n'
              '\n'
              'ev_a(int x, const char *name) "x %d name %s"\n'
              '  ev_b(uint64_t addr,void*p) "addr 0x%" PRIx64 " p %p"\n'
              'disable ev_c(void) ""\n')

    def test_header(self):
        rc, err, h, src = run_tracetool(self.EVENTS, 'h')
        self.assertEqual((rc, err), (0, ''))
        self.assertIn('#ifndef TRACE_GRP_GENERATED_TRACERS_H\n', h)
        self.assertIn('extern uint16_t _TRACE_EV_A_DSTATE;\n', h)
        self.assertIn('#define TRACE_EV_A_ENABLED 1\n', h)
        self.assertIn('#define TRACE_EV_C_ENABLED 0\n', h)
        self.assertIn('static inline void trace_ev_a(int x, '
                      'const char *name)\n{\n'
                      '    if (trace_event_get_state(TRACE_EV_A)) {\n'
                      '#line 3 "%s"\n'
                      '        trace_log_event("ev_a " "x %%d name %%s", '
                      'x, name);\n' % src, h)
        self.assertIn('static inline void trace_ev_b(uint64_t addr, '
                      'void *p)\n', h)
        self.assertIn('trace_log_event("ev_b " "addr 0x%" PRIx64 " p %p", '
                      'addr, p);\n', h)
        self.assertIn('static inline void trace_ev_c(void)\n{\n}\n', h)

    def test_line_directives_restore_numbering(self):
        rc, _, h, _ = run_tracetool(self.EVENTS, 'h')
        self.assertEqual(rc, 0)
        lines = h.split('\n')
        restores = [(i, l) for i, l in enumerate(lines, 1)
                    if l.startswith('#line') and l.endswith('/out"')]
        self.assertEqual(len(restores), 2)
        for lineno, directive in restores:
            self.assertEqual(directive.split()[1], str(lineno + 1))

    def test_table(self):
        rc, err, c, _ = run_tracetool(self.EVENTS, 'c')
        self.assertEqual((rc, err), (0, ''))
        self.assertIn('#include "trace-grp.h"\n', c)
        self.assertIn('uint16_t _TRACE_EV_B_DSTATE;\n'
                      'TraceEvent _TRACE_EV_B_EVENT = {\n'
                      '    .name = "ev_b",\n'
                      '    .sstate = TRACE_EV_B_ENABLED,\n'
                      '    .dstate = &_TRACE_EV_B_DSTATE,\n'
                      '};\n', c)
        self.assertIn('static TraceEvent *grp_trace_events[] = {\n'
                      '    &_TRACE_EV_A_EVENT,\n'
                      '    &_TRACE_EV_B_EVENT,\n'
                      '    &_TRACE_EV_C_EVENT,\n'
                      '    NULL,\n'
                      '};\n', c)
        self.assertIn('trace_init(trace_grp_register_events)\n', c)

    def test_empty_file(self):
        rc, err, c, _ = run_tracetool('# nothing yet\n', 'c')
        self.assertEqual((rc, err), (0, ''))
        self.assertIn('grp_trace_events[] = {\n    NULL,\n};\n', c)


class Errors(unittest.TestCase):
    def check_error(self, text, lineno, message):
        rc, err, out, src = run_tracetool(text)
        self.assertEqual(rc, 1)
        self.assertEqual(err, 'tracetool: %s:%d: %s\n' % (src, lineno,
                                                          message))
        self.assertIsNone(out)

    def test_syntax(self):
        self.check_error('\nev_a(int x)\n', 2,
                         'expected: [disable] name(type arg, ...) "format"')
        self.check_error('ev_a int x "x"\n', 1,
                         'expected: [disable] name(type arg, ...) "format"')

    def test_unknown_property(self):
        self.check_error('vcpu ev_a(int x) "x %d"\n', 1,
                         "unknown property 'vcpu'")

    def test_newline_in_format(self):
        self.check_error('ev_a(int x) "x %d\\n"\n', 1,
                         'the format must not end with a newline')

    def test_percent_m(self):
        self.check_error('ev_a(int x) "failed: %m"\n', 1,
                         "'%m' is not allowed in a format: pass the error "
                         "as an argument")

    def test_empty_args(self):
        self.check_error('ev_a() ""\n', 1,
                         "empty argument list: write '(void)'")

    def test_arg_without_name(self):
        self.check_error('ev_a(int) "x"\n', 1,
                         "argument 'int' needs a type and a name")
        self.check_error('ev_a(int x, *p) "x"\n', 1,
                         "argument '*p' needs a type and a name")

    def test_arg_type(self):
        self.check_error('ev_a(struct foo f) "x"\n', 1,
                         "argument type 'struct foo' is not a scalar C "
                         "type; pass other data as 'void *'")

    def test_duplicate_arg(self):
        self.check_error('ev_a(int x, long x) "x"\n', 1,
                         "argument 'x' appears twice")

    def test_duplicate_event(self):
        self.check_error('ev_a(int x) "x"\n# c\nev_a(void) ""\n', 3,
                         "event 'ev_a' is already defined at line 1")

    def test_missing_final_newline(self):
        self.check_error('ev_a(int x) "x"\nev_b(void) ""', 2,
                         'the last line does not end with a newline')

    def test_missing_file(self):
        rc, err = call_main(['--group=g', '--format=c',
                             '/nonexistent/trace-events', '/nonexistent/out'])
        self.assertEqual(rc, 1)
        self.assertEqual(err, 'tracetool: /nonexistent/trace-events: '
                         'No such file or directory\n')

    def test_bad_group(self):
        rc, err, out, _ = run_tracetool('', group='hw/char')
        self.assertEqual(rc, 2)
        self.assertIn("error: group 'hw/char' is not a C identifier", err)
        self.assertIsNone(out)


class Script(unittest.TestCase):
    def test_exit_status(self):
        """As a program: status 1 and the message on stderr."""
        p = subprocess.run([sys.executable, TRACETOOL, '--group=g',
                            '--format=h', '/nonexistent/trace-events',
                            '/nonexistent/out'],
                           capture_output=True, text=True, check=False)
        self.assertEqual(p.returncode, 1)
        self.assertEqual(p.stderr, 'tracetool: /nonexistent/trace-events: '
                         'No such file or directory\n')


if __name__ == '__main__':
    TRACETOOL = sys.argv.pop(1)
    tracetool = load_tracetool(TRACETOOL)
    unittest.main(verbosity=2)
