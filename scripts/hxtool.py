#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""hxtool.py: turn an option description file (.hx) into what the build needs.

An .hx file (qemu-options.hx) lists every command-line option once, in the
format QEMU uses:

  DEFHEADING(Heading text:)            a heading of the -help text
  ARCHHEADING(Heading text:, MASK)     a heading only some targets print
  DEF("name", HAS_ARG or 0, QEMU_OPTION_enum, "help text\\n", MASK)
  SRST ... ERST                        reStructuredText documentation
  HXCOMM ...                           a comment, dropped everywhere
  #if... / #endif                      C preprocessor lines between
                                       entries, kept in -h

MASK is QEMU_ARCH_ALL or QEMU_ARCH_* names joined with '|'.

Modes (the result goes to standard output):

  -h FILE.hx             the C fragment (qemu-options.def) that system/vl.c
                         includes with its own DEF/DEFHEADING/ARCHHEADING
                         macros; SRST blocks and HXCOMM lines are dropped
  -t [--template T] [-D NAME=VALUE]... FILE.hx
                         a troff man page; the OPTIONS section comes from
                         the headings and the SRST blocks.  With a template,
                         its line "@OPTIONS@" is replaced by that section
                         and @NAME@ by the -D values.
  --rst FILE.hx          the documentation as one reStructuredText page
  --help-text ARCH FILE.hx
                         the option part of -help as the target whose arch
                         is ARCH (e.g. QEMU_ARCH_RISCV) prints it; used by
                         the tests to check the binaries

Errors in the input are reported as "hxtool: FILE:LINE: message" and make
the tool exit with status 1.
"""
import os
import re
import sys

DIRECTIVE_ARITY = {'DEF': 5, 'DEFHEADING': 1, 'ARCHHEADING': 2}
ESCAPES = {'n': '\n', 't': '\t', '\\': '\\', '"': '"', "'": "'"}
MASK_RE = re.compile(r'^QEMU_ARCH_[A-Z0-9_]+(\s*\|\s*QEMU_ARCH_[A-Z0-9_]+)*$')
ENUM_RE = re.compile(r'^QEMU_OPTION_[A-Za-z0-9_]+$')
STRING_RE = re.compile(r'\s*"((?:[^"\\\n]|\\.)*)"\s*')


class HxError(Exception):
    """A mistake in the .hx file, at a line."""

    def __init__(self, path, line, message):
        super().__init__('%s:%d: %s' % (path, line, message))


class Heading:
    """DEFHEADING (mask None) or ARCHHEADING."""

    def __init__(self, line, raw, text, mask):
        self.line = line
        self.raw = raw
        self.text = text
        self.mask = mask


class Option:
    """One DEF()."""

    def __init__(self, line, raw, name, has_arg, enum, help_text, mask):
        self.line = line
        self.raw = raw
        self.name = name
        self.has_arg = has_arg
        self.enum = enum
        self.help = help_text
        self.mask = mask


class Doc:
    """The lines between SRST and ERST."""

    def __init__(self, line, lines):
        self.line = line
        self.lines = lines


class Cpp:
    """A C preprocessor line, passed through to the C fragment."""

    def __init__(self, line, raw):
        self.line = line
        self.raw = raw


# --- parsing -------------------------------------------------------------

class Parser:
    """Read an .hx file into a list of Heading, Option, Doc and Cpp items,
    checking it as it goes."""

    def __init__(self, path, text):
        self.path = path
        self.lines = text.split('\n')
        if self.lines and self.lines[-1] == '':
            self.lines.pop()
        self.pos = 0
        self.names = {}
        self.enums = {}

    def error(self, line, message):
        raise HxError(self.path, line, message)

    def parse(self):
        items = []
        while self.pos < len(self.lines):
            line = self.lines[self.pos]
            lineno = self.pos + 1
            word = line.strip()
            if word == '' or line.startswith('HXCOMM'):
                self.pos += 1
            elif word == 'SRST':
                items.append(self.parse_doc(lineno))
            elif word == 'ERST':
                self.error(lineno, 'ERST without SRST')
            elif line.startswith('#'):
                items.append(Cpp(lineno, [line]))
                self.pos += 1
            else:
                items.append(self.parse_directive(lineno, line))
        return items

    def parse_doc(self, lineno):
        body = []
        self.pos += 1
        while self.pos < len(self.lines):
            line = self.lines[self.pos]
            self.pos += 1
            if line.strip() == 'ERST':
                return Doc(lineno, body)
            if line.strip() == 'SRST':
                self.error(self.pos, 'SRST inside SRST block')
            body.append(line)
        self.error(lineno, 'unterminated SRST block')

    def parse_directive(self, lineno, line):
        m = re.match(r'\s*([A-Za-z_][A-Za-z0-9_]*)', line)
        word = m.group(1) if m else line.split()[0]
        if word not in DIRECTIVE_ARITY:
            self.error(lineno, "unknown directive '%s'" % word)
        rest = line[m.end():]
        if not rest.lstrip().startswith('('):
            self.error(lineno, "expected '(' after %s" % word)
        args, raw = self.collect_args(lineno, word)
        if len(args) != DIRECTIVE_ARITY[word]:
            self.error(lineno, '%s expects %d argument%s, got %d' %
                       (word, DIRECTIVE_ARITY[word],
                        's' if DIRECTIVE_ARITY[word] > 1 else '', len(args)))
        if word == 'DEF':
            return self.make_option(lineno, raw, args)
        text = ' '.join(args[0].split())
        mask = None
        if word == 'ARCHHEADING':
            mask = self.parse_mask(lineno, args[1])
        return Heading(lineno, raw, text, mask)

    def collect_args(self, lineno, word):
        """Split the directive starting at self.pos into its arguments.

        Returns (args, raw lines).  String literals may contain commas and
        parentheses; a backslash at the end of a line continues it, as in C.
        """
        state = {'args': [], 'current': [], 'depth': 1}
        raw = []
        while self.pos < len(self.lines):
            line = self.lines[self.pos]
            text = line[:-1] if line.endswith('\\') else line
            if not raw:
                text = text[text.index('(') + 1:]
            raw.append(line)
            self.pos += 1
            rest = self.scan_args(state, text)
            if rest is not None:
                if rest.strip():
                    self.error(self.pos, "unexpected text after %s(...)"
                               % word)
                return self.trim_args(state['args']), raw
            state['current'].append('\n')
        self.error(lineno, 'unterminated %s' % word)

    def scan_args(self, state, text):
        """Add one line to the arguments being split.

        Returns the text after the closing parenthesis, or None if the
        directive goes on on the next line.
        """
        i = 0
        while i < len(text):
            c = text[i]
            if c == '"':
                end = self.string_end(text, i)
                state['current'].append(text[i:end])
                i = end
                continue
            i += 1
            if c == ',' and state['depth'] == 1:
                state['args'].append(''.join(state['current']))
                state['current'] = []
                continue
            state['depth'] += {'(': 1, ')': -1}.get(c, 0)
            if state['depth'] == 0:
                state['args'].append(''.join(state['current']))
                return text[i:]
            state['current'].append(c)
        return None

    def string_end(self, text, start):
        i = start + 1
        while i < len(text):
            if text[i] == '\\':
                i += 2
                continue
            if text[i] == '"':
                return i + 1
            i += 1
        self.error(self.pos, 'unterminated string literal')

    @staticmethod
    def trim_args(args):
        if len(args) == 1 and args[0].strip() == '':
            return ['']
        return [a.strip() for a in args]

    def parse_strings(self, lineno, text, what):
        """Decode one or more adjacent C string literals."""
        out = []
        pos = 0
        while pos < len(text):
            m = STRING_RE.match(text, pos)
            if not m:
                self.error(lineno, '%s must be string literals' % what)
            out.append(self.unescape(lineno, m.group(1)))
            pos = m.end()
        if not out:
            self.error(lineno, '%s must be string literals' % what)
        return ''.join(out)

    def unescape(self, lineno, body):
        out = []
        i = 0
        while i < len(body):
            c = body[i]
            if c == '\\':
                e = body[i + 1]
                if e not in ESCAPES:
                    self.error(lineno, "unsupported escape '\\%s'" % e)
                out.append(ESCAPES[e])
                i += 2
                continue
            out.append(c)
            i += 1
        return ''.join(out)

    def parse_mask(self, lineno, text):
        flat = ' '.join(text.split())
        if flat == 'QEMU_ARCH_ALL':
            return ['QEMU_ARCH_ALL']
        if not MASK_RE.match(flat) or 'QEMU_ARCH_ALL' in flat:
            self.error(lineno, "bad arch mask '%s'" % flat)
        return [n.strip() for n in flat.split('|')]

    def make_option(self, lineno, raw, args):
        name = self.parse_strings(lineno, args[0], 'option name')
        if not name or name.startswith('-'):
            self.error(lineno, "bad option name '%s'" % name)
        if args[1] not in ('HAS_ARG', '0'):
            self.error(lineno, "option flags must be HAS_ARG or 0, not '%s'"
                       % args[1])
        if not ENUM_RE.match(args[2]):
            self.error(lineno, "bad option enum '%s'" % args[2])
        help_text = self.parse_strings(lineno, args[3], 'help text')
        if help_text and not help_text.endswith('\n'):
            self.error(lineno, "help text of '%s' must end with \\n" % name)
        mask = self.parse_mask(lineno, args[4])
        self.check_unique(self.names, name, lineno, "option '%s'" % name)
        self.check_unique(self.enums, args[2], lineno, args[2])
        return Option(lineno, raw, name, args[1] == 'HAS_ARG', args[2],
                      help_text, mask)

    def check_unique(self, seen, key, lineno, what):
        if key in seen:
            self.error(lineno, 'duplicate %s (first at line %d)'
                       % (what, seen[key]))
        seen[key] = lineno


def parse_file(path):
    with open(path, encoding='utf-8') as f:
        return Parser(path, f.read()).parse()


# --- C fragment ----------------------------------------------------------

def c_string(text):
    return '"%s"' % text.replace('\\', '\\\\').replace('"', '\\"')


def gen_header(path, items):
    out = ['/* Generated by scripts/hxtool.py from %s: do not edit. */'
           % path]
    for item in items:
        if isinstance(item, Doc):
            continue
        if not isinstance(item, Cpp):
            out.append('#line %d %s' % (item.line, c_string(path)))
        out.extend(item.raw)
    out += ['', '#undef DEF', '#undef DEFHEADING', '#undef ARCHHEADING', '']
    return '\n'.join(out)


# --- -help text ----------------------------------------------------------

def mask_matches(mask, arch):
    return mask is None or 'QEMU_ARCH_ALL' in mask or arch in mask


def gen_help(items, arch):
    out = []
    for item in items:
        if isinstance(item, Heading) and mask_matches(item.mask, arch):
            out.append(item.text + '\n')
        elif isinstance(item, Option) and mask_matches(item.mask, arch):
            out.append(item.help)
    return ''.join(out)


# --- reStructuredText ----------------------------------------------------

def heading_title(text):
    return text[:-1] if text.endswith(':') else text


def gen_rst(path, items):
    out = ['.. Generated by scripts/hxtool.py from %s: do not edit.' % path,
           '']
    for item in items:
        if isinstance(item, Heading) and item.text:
            title = heading_title(item.text)
            out += [title, '~' * len(title), '']
        elif isinstance(item, Doc):
            out += item.lines + ['']
    return '\n'.join(out)


# --- troff ---------------------------------------------------------------

def troff_escape(text):
    return text.replace('\\', '\\e').replace('-', '\\-')


def troff_line(line):
    """Keep a line that starts with a control character from being a
    request."""
    if line.startswith('.') or line.startswith("'"):
        return '\\&' + line
    return line


def troff_inline(text):
    """Escape text for troff and turn ``code`` and *emphasis* into fonts."""
    out = []
    for i, part in enumerate(re.split(r'``(.+?)``', text)):
        if i % 2:
            # Let long synopses wrap after commas and before brackets.
            part = troff_escape(part).replace(',', ',\\:')
            out.append('\\fB%s\\fR' % part.replace('[', '\\:['))
        else:
            part = troff_escape(part)
            out.append(re.sub(r'\*([^*\s][^*]*)\*', r'\\fI\1\\fR', part))
    return troff_line(''.join(out))


def indent_of(line):
    return len(line) - len(line.lstrip(' '))


class TroffWriter:
    """Convert the reStructuredText subset used in .hx files to man macros.

    Supported: paragraphs, definition lists (a term line followed by lines
    indented further) nested to any depth, and literal blocks introduced by
    a paragraph ending in "::".  Each level of nesting is 4 columns.
    """

    def __init__(self):
        self.out = []
        self.nest = 0

    def set_nest(self, level):
        while self.nest > level:
            self.out.append('.RE')
            self.nest -= 1
        while self.nest < level:
            self.out.append('.RS')
            self.nest += 1

    def heading(self, text):
        self.set_nest(0)
        if text:
            self.out.append('.SS "%s"' % heading_title(text))

    def doc(self, lines):
        paras = self.paragraphs(lines)
        i = 0
        while i < len(paras):
            para = paras[i]
            i += 1
            literal = para[-1].endswith('::')
            if literal:
                base = indent_of(para[-1])
                para = self.strip_literal_marker(para)
            if para:
                self.paragraph(para)
            if literal:
                i = self.literal(paras, i, base)
        self.set_nest(0)

    @staticmethod
    def paragraphs(lines):
        paras, cur = [], []
        for line in lines + ['']:
            if line.strip():
                cur.append(line.rstrip())
            elif cur:
                paras.append(cur)
                cur = []
        return paras

    @staticmethod
    def strip_literal_marker(para):
        last = para[-1]
        if last.strip() == '::':
            return para[:-1]
        return para[:-1] + [last[:-1]]

    def paragraph(self, para):
        level = indent_of(para[0]) // 4
        is_term = len(para) > 1 and indent_of(para[1]) > indent_of(para[0])
        if is_term:
            self.set_nest(level)
            self.out += ['.TP', troff_inline(para[0].strip())]
            body = para[1:]
        else:
            self.set_nest(max(level - 1, 0))
            self.out.append('.IP' if level else '.PP')
            body = para
        self.out += [troff_inline(line.strip()) for line in body]

    def literal(self, paras, i, base):
        """Emit the paragraphs indented deeper than base, verbatim."""
        block = []
        while i < len(paras) and indent_of(paras[i][0]) > base:
            block += ([''] if block else []) + paras[i]
            i += 1
        if not block:
            return i
        cut = min(indent_of(line) for line in block if line)
        self.set_nest(max(base // 4 - 1, 0))
        self.out += ['.IP' if base else '.PP', '.nf']
        self.out += [troff_line(troff_escape(line[cut:])) for line in block]
        self.out.append('.fi')
        return i


def gen_options_troff(items):
    w = TroffWriter()
    for item in items:
        if isinstance(item, Heading):
            w.heading(item.text)
        elif isinstance(item, Doc):
            w.doc(item.lines)
    w.set_nest(0)
    return w.out


def gen_man(path, items, template, defines):
    options = gen_options_troff(items)
    if template is None:
        lines = ['.TH QLITE 1', '.SH OPTIONS', '@OPTIONS@']
    else:
        with open(template, encoding='utf-8') as f:
            lines = f.read().rstrip('\n').split('\n')
    out = ['.\\" Generated by scripts/hxtool.py from %s: do not edit.' % path]
    for line in lines:
        if line == '@OPTIONS@':
            out += options
            continue
        for key, value in defines.items():
            line = line.replace('@%s@' % key, value)
        out.append(line)
    return '\n'.join(out) + '\n'


# --- command line --------------------------------------------------------

USAGE = ('usage: hxtool.py -h FILE.hx\n'
         '       hxtool.py -t [--template FILE] [-D NAME=VALUE]... FILE.hx\n'
         '       hxtool.py --rst FILE.hx\n'
         '       hxtool.py --help-text QEMU_ARCH_<NAME> FILE.hx\n')


def parse_args(argv):
    """Return (mode, hx path, options dict), or None on a usage error."""
    if not argv:
        return None
    mode, args = argv[0], argv[1:]
    opts = {'template': None, 'defines': {}, 'arch': None}
    if mode == '--help-text':
        if len(args) != 2 or not re.match(r'^QEMU_ARCH_[A-Z0-9_]+$',
                                          args[0]):
            return None
        opts['arch'] = args[0]
        args = args[1:]
    while mode == '-t' and len(args) > 1:
        if args[0] == '--template':
            opts['template'] = args[1]
        elif args[0] == '-D' and '=' in args[1]:
            key, value = args[1].split('=', 1)
            opts['defines'][key] = value
        else:
            return None
        args = args[2:]
    if mode not in ('-h', '-t', '--rst', '--help-text') or len(args) != 1:
        return None
    return mode, args[0], opts


def main(argv):
    parsed = parse_args(argv)
    if parsed is None:
        sys.stderr.write(USAGE)
        return 2
    mode, path, opts = parsed
    path = os.path.normpath(path)
    try:
        items = parse_file(path)
        if mode == '-h':
            text = gen_header(path, items)
        elif mode == '-t':
            text = gen_man(path, items, opts['template'], opts['defines'])
        elif mode == '--rst':
            text = gen_rst(path, items)
        else:
            text = gen_help(items, opts['arch'])
    except HxError as e:
        sys.stderr.write('hxtool: %s\n' % e)
        return 1
    except OSError as e:
        sys.stderr.write('hxtool: %s: %s\n' % (e.filename, e.strerror))
        return 1
    sys.stdout.write(text)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
