#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Generate the C code of one group of trace events (the "log" backend).

A subsystem lists its events in a `trace-events` file, in QEMU's syntax:

    # a comment; blank lines are ignored too
    name(type arg, type arg) "format"
    disable name(void) ""

The format is a printf format made of C string literals, so
`"addr 0x%" PRIx64 " size %u"` works; it must not end with a newline.
`disable` compiles the event out: it is still listed, but can never be
enabled.

    tracetool.py --group=NAME --format=h|c TRACE-EVENTS OUTPUT

writes either the header (one `static inline void trace_NAME(args)` per
event, which tests one uint16_t while the event is disabled) or the C file
(the TraceEvent table, registered with MODULE_INIT_TRACE).  See
include/trace/control.h for the run-time side.  Errors are printed as
"tracetool: FILE:LINE: message" and exit with status 1.
"""
import argparse
import os
import re
import sys

# Scalar C types an event argument may have (pointers may point to
# anything: complex types are passed as `void *`).
SCALAR_TYPES = {
    'bool', 'char', 'short', 'int', 'long', 'unsigned', 'signed', 'float',
    'double', 'void', 'const', 'size_t', 'ssize_t', 'off_t', 'uintptr_t',
    'intptr_t', 'ptrdiff_t', 'pid_t', 'int8_t', 'int16_t', 'int32_t',
    'int64_t', 'uint8_t', 'uint16_t', 'uint32_t', 'uint64_t', 'hwaddr',
    'vaddr',
}
PROPERTIES = {'disable'}

EVENT_RE = re.compile(r'^\s*(?P<props>(?:[a-z][\w-]*\s+)*)'
                      r'(?P<name>[A-Za-z_]\w*)\s*'
                      r'\((?P<args>[^()]*)\)\s*'
                      r'(?P<fmt>".*")\s*$')
IDENT_RE = re.compile(r'^[A-Za-z_]\w*$')


class TraceError(Exception):
    """A mistake in a trace-events file, at a given line."""

    def __init__(self, lineno, message):
        super().__init__(message)
        self.lineno = lineno


class Event:
    """One line of a trace-events file."""

    def __init__(self, name, props, args, fmt, lineno):
        self.name = name
        self.props = props
        self.args = args            # list of (type, name)
        self.fmt = fmt              # C string literal(s), quotes included
        self.lineno = lineno

    @property
    def enabled(self):
        return 'disable' not in self.props

    @property
    def upper(self):
        return 'TRACE_' + self.name.upper()

    def c_params(self):
        if not self.args:
            return 'void'
        return ', '.join(join_type_name(t, n) for t, n in self.args)

    def c_call_args(self):
        return ''.join(', ' + n for _, n in self.args)


def join_type_name(ctype, name):
    """'const char *' + 'name' -> 'const char *name'."""
    if ctype.endswith('*'):
        return ctype + name
    return ctype + ' ' + name


def parse_arg(text, lineno):
    """Split 'const char *name' into ('const char *', 'name')."""
    m = re.match(r'^(?P<type>.*?[\s*])(?P<name>[A-Za-z_]\w*)$', text)
    if not m or not re.search(r'[A-Za-z_]', m.group('type')):
        raise TraceError(lineno, "argument '%s' needs a type and a name"
                         % text)
    ctype = re.sub(r'\s+', ' ', m.group('type').strip())
    ctype = re.sub(r'\s*\*', ' *', ctype).replace('* *', '**')
    words = re.findall(r'[A-Za-z_]\w*', ctype)
    if '*' not in ctype and any(w not in SCALAR_TYPES for w in words):
        raise TraceError(lineno, "argument type '%s' is not a scalar C "
                         "type; pass other data as 'void *'" % ctype)
    return ctype, m.group('name')


def parse_args(text, lineno):
    text = text.strip()
    if text == 'void':
        return []
    if not text:
        raise TraceError(lineno, "empty argument list: write '(void)'")
    args = [parse_arg(a.strip(), lineno) for a in text.split(',')]
    names = [n for _, n in args]
    for n in names:
        if names.count(n) > 1:
            raise TraceError(lineno, "argument '%s' appears twice" % n)
    return args


def parse_line(line, lineno):
    m = EVENT_RE.match(line)
    if not m:
        raise TraceError(lineno, 'expected: [disable] name(type arg, ...) '
                         '"format"')
    props = m.group('props').split()
    unknown = [p for p in props if p not in PROPERTIES]
    if unknown:
        raise TraceError(lineno, "unknown property '%s'" % unknown[0])
    fmt = m.group('fmt')
    if re.search(r'\\n"$', fmt):
        raise TraceError(lineno, 'the format must not end with a newline')
    if '%m' in fmt:
        raise TraceError(lineno, "'%m' is not allowed in a format: pass the "
                         "error as an argument")
    return Event(m.group('name'), props, parse_args(m.group('args'), lineno),
                 fmt, lineno)


def read_events(text):
    """The events of a trace-events file's @text, in file order."""
    events = []
    seen = {}
    lines = text.split('\n')
    if lines[-1] != '':
        raise TraceError(len(lines), 'the last line does not end with a '
                         'newline')
    for lineno, line in enumerate(lines[:-1], 1):
        if not line.strip() or line.lstrip().startswith('#'):
            continue
        ev = parse_line(line, lineno)
        if ev.name in seen:
            raise TraceError(lineno, "event '%s' is already defined at line "
                             "%d" % (ev.name, seen[ev.name]))
        seen[ev.name] = lineno
        events.append(ev)
    return events


class Output:
    """Lines of generated C, able to point #line back at themselves."""

    def __init__(self, path):
        self.path = path
        self.lines = []

    def add(self, *lines):
        self.lines.extend(lines)

    def line_here(self):
        """A #line directive that restores this file's own numbering."""
        # The directive is line len + 1; it numbers the next one.
        return '#line %d "%s"' % (len(self.lines) + 2, self.path)

    def text(self):
        return '\n'.join(self.lines) + '\n'


def file_header(out, what, source):
    out.add('/* SPDX-License-Identifier: GPL-2.0-or-later */',
            '/*',
            ' * Generated by scripts/tracetool.py from %s:' % source,
            ' * %s.  Do not edit.' % what,
            ' */')


def gen_h(events, group, source, out):
    guard = 'TRACE_%s_GENERATED_TRACERS_H' % group.upper()
    file_header(out, 'the trace events of group "%s"' % group, source)
    out.add('#ifndef ' + guard, '#define ' + guard, '',
            '#include "trace/control.h"', '')
    for ev in events:
        out.add('extern TraceEvent _%s_EVENT;' % ev.upper,
                'extern uint16_t _%s_DSTATE;' % ev.upper,
                '#define %s_ENABLED %d' % (ev.upper, ev.enabled),
                '#define %s_BACKEND_DSTATE() \\' % ev.upper,
                '    trace_event_get_state_dynamic_by_id(%s)' % ev.upper,
                '')
    for ev in events:
        out.add('static inline void trace_%s(%s)' % (ev.name, ev.c_params()),
                '{')
        if ev.enabled:
            out.add('    if (trace_event_get_state(%s)) {' % ev.upper,
                    '#line %d "%s"' % (ev.lineno, source),
                    '        trace_log_event("%s " %s%s);'
                    % (ev.name, ev.fmt, ev.c_call_args()))
            out.add(out.line_here(), '    }')
        out.add('}', '')
    out.add('#endif')


def gen_c(events, group, source, out):
    array = '%s_trace_events' % group
    file_header(out, 'the trace event table of group "%s"' % group, source)
    out.add('#include "qemu/osdep.h"',
            '#include "qemu/module.h"',
            '#include "trace-%s.h"' % group, '')
    for ev in events:
        out.add('uint16_t _%s_DSTATE;' % ev.upper,
                'TraceEvent _%s_EVENT = {' % ev.upper,
                '    .name = "%s",' % ev.name,
                '    .sstate = %s_ENABLED,' % ev.upper,
                '    .dstate = &_%s_DSTATE,' % ev.upper,
                '};', '')
    out.add('static TraceEvent *%s[] = {' % array)
    out.add(*['    &_%s_EVENT,' % ev.upper for ev in events])
    out.add('    NULL,', '};', '',
            'static void trace_%s_register_events(void)' % group,
            '{',
            '    trace_event_register_group(%s);' % array,
            '}',
            'trace_init(trace_%s_register_events)' % group)


def main(argv):
    parser = argparse.ArgumentParser(
        prog='tracetool',
        description='Generate the C code of a trace-events file.')
    parser.add_argument('--group', required=True,
                        help='group name: the subsystem directory with '
                        "'/' as '_' (util, hw_char)")
    parser.add_argument('--format', required=True, choices=['h', 'c'])
    parser.add_argument('input', help='the trace-events file')
    parser.add_argument('output', help='the file to write')
    args = parser.parse_args(argv)

    if not IDENT_RE.match(args.group):
        parser.error("group '%s' is not a C identifier" % args.group)
    try:
        with open(args.input, encoding='utf-8') as f:
            events = read_events(f.read())
    except OSError as e:
        print('tracetool: %s: %s' % (args.input, e.strerror),
              file=sys.stderr)
        return 1
    except TraceError as e:
        print('tracetool: %s:%d: %s' % (args.input, e.lineno, e),
              file=sys.stderr)
        return 1
    out = Output(args.output)
    gen = gen_h if args.format == 'h' else gen_c
    gen(events, args.group, os.path.normpath(args.input), out)
    with open(args.output, 'w', encoding='utf-8') as f:
        f.write(out.text())
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
