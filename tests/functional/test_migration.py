# SPDX-License-Identifier: GPL-2.0-or-later
"""-incoming and migrate-incoming on both binaries, over QMP on stdio:
-incoming defer leaves the ready machine in run state "inmigrate", where
cont and stop only change what happens after the migration, with or
without -preconfig; qlite has no migration transport, so every URI fails
with the message QEMU gives for a transport it was built without, and
migrate-incoming (and HMP migrate_incoming) gives QEMU 8.2's errors."""
import json

from qltest import TARGETS, check_eq, finish, prog, qmp_stdio, run

IDLE = {'riscv64': ['-M', 'virt'], 'x86_64': ['-M', 'microvm', '-accel',
                                              'qtest']}
STATUS = '{"execute": "query-status"}'
INFO_STATUS = ('{"execute": "human-monitor-command", '
               '"arguments": {"command-line": "info status"}}')
INMIGRATE = {'return': {'status': 'inmigrate', 'singlestep': False,
                        'running': False}}
OK = {'return': {}}


def incoming(uri=None, channels=False):
    args = {}
    if uri is not None:
        args['uri'] = uri
    if channels:
        args['channels'] = [{'channel-type': 'main', 'addr': {
            'transport': 'socket', 'type': 'inet', 'host': '127.0.0.1',
            'port': '4444'}}]
    return json.dumps({'execute': 'migrate-incoming', 'arguments': args})


def hmp(line):
    return json.dumps({'execute': 'human-monitor-command',
                       'arguments': {'command-line': line}})


def error(desc, cls='GenericError'):
    return {'error': {'class': cls, 'desc': desc}}


def session(target, args, commands, replies, what):
    rc, got, err = qmp_stdio(target, IDLE[target] + args, commands)
    check_eq((rc, err), (0, ''), '%s: status, stderr' % what)
    check_eq(got, replies, '%s: replies' % what)


def test_defer(target):
    session(target, ['-incoming', 'defer'],
            [STATUS, '{"execute": "cont"}', STATUS, '{"execute": "stop"}',
             STATUS, INFO_STATUS, incoming('tcp:127.0.0.1:4444'),
             incoming('foo:bar'), incoming(), incoming(channels=True),
             incoming('unix:/tmp/x', channels=True), STATUS],
            [INMIGRATE, OK, INMIGRATE, OK, INMIGRATE,
             {'return': 'VM status: paused (inmigrate)\r\n'},
             error('unknown migration protocol: tcp:127.0.0.1:4444'),
             error('unknown migration protocol: foo:bar'),
             error("neither 'uri' or 'channels' argument are specified in "
                   "'migrate-incoming' qmp command "),
             error('migration is not supported by this build'),
             error("'uri' and 'channels' arguments are mutually exclusive; "
                   "exactly one of the two should be present in "
                   "'migrate-incoming' qmp command "),
             INMIGRATE],
            '%s -incoming defer' % prog(target))
    session(target, ['-incoming', 'defer'],
            [hmp('help migrate_incoming'), hmp('migrate_incoming tcp::4444'),
             hmp('migrate_incoming')],
            [{'return': 'migrate_incoming uri -- Continue an incoming '
              'migration from an -incoming defer\r\n'},
             {'return': 'Error: unknown migration protocol: tcp::4444\r\n'},
             {'return': 'migrate_incoming: string expected\r\nTry "help '
              'migrate_incoming" for more information\r\n'}],
            '%s -incoming defer, HMP' % prog(target))
    # -S changes nothing: the state is inmigrate, not prelaunch
    session(target, ['-incoming', 'defer', '-S'], [STATUS], [INMIGRATE],
            '%s -incoming defer -S' % prog(target))


def test_preconfig(target):
    session(target, ['-incoming', 'defer', '-preconfig'],
            [STATUS, incoming('foo:bar'), '{"execute": "x-exit-preconfig"}',
             STATUS, incoming('foo:bar')],
            [INMIGRATE,
             error("The command 'migrate-incoming' is permitted only after "
                   "machine initialization has completed"),
             OK, INMIGRATE, error('unknown migration protocol: foo:bar')],
            '%s -incoming defer -preconfig' % prog(target))


def test_not_incoming(target):
    session(target, [], [incoming('tcp:127.0.0.1:4444'), STATUS],
            [error("'-incoming' was not specified on the command line"),
             {'return': {'status': 'prelaunch', 'singlestep': False,
                         'running': False}}],
            '%s without -incoming' % prog(target))


def test_uri(target):
    for uri in ('tcp:127.0.0.1:4444', 'unix:/tmp/qlite-migrate.sock',
                'exec:cat', 'fd:3', 'file:/tmp/x', 'foo:bar', 'x'):
        args = IDLE[target] + ['-display', 'none', '-incoming', uri]
        rc, out, err = run(target, *args)
        check_eq((rc, out, err),
                 (1, '', '%s: -incoming %s: unknown migration protocol: %s\n'
                  % (prog(target), uri, uri)),
                 '%s -incoming %s' % (prog(target), uri))


for t in TARGETS:
    test_defer(t)
    test_preconfig(t)
    test_not_incoming(t)
    test_uri(t)
finish()
