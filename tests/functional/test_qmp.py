# SPDX-License-Identifier: GPL-2.0-or-later
"""QMP over -qmp / -qmp-pretty unix sockets, seen by a client using
Python's socket module: QEMU 8.2's greeting, capabilities negotiation,
error texts, "id" echo, pretty output, and events reaching every
negotiated monitor.
"""
import os
import tempfile

from qltest import (TARGETS, QmpClient as Client, start, check, check_eq,
                    check_match, finish, qmp_stdio)

VERSION = ('{"qemu": {"micro": 0, "minor": 2, "major": 8}, '
           '"package": "qlite ')


def negotiate(c):
    check_eq(c.cmd('{"execute": "qmp_capabilities"}'), '{"return": {}}',
             'qmp_capabilities')


def test_session(target, tmp):
    path = os.path.join(tmp, 'q-%s.sock' % target)
    with start(target, '-S', '-qmp', 'unix:%s,server=on,wait=off' % path,
               idle=True) as inst:
        if not inst.wait_ready():
            return
        c = Client(path)
        greeting = c.line()
        check(greeting.startswith('{"QMP": {"version": ' + VERSION) and
              greeting.endswith('"}, "capabilities": ["oob"]}}'),
              'greeting: %r' % greeting)
        check_eq(c.cmd('{"execute": "query-status", "id": 1}'),
                 '{"id": 1, "error": {"class": "CommandNotFound", "desc": '
                 '"Expecting capabilities negotiation with '
                 '\'qmp_capabilities\'"}}', 'before negotiation')
        negotiate(c)
        check_eq(c.cmd('{"execute": "query-status", "id": "x"}'),
                 '{"return": {"status": "prelaunch", "singlestep": false, '
                 '"running": false}, "id": "x"}', 'query-status')
        check_eq(c.cmd('{"execute": "query-target"}'),
                 '{"return": {"arch": "%s"}}' % target, 'query-target')
        check_eq(c.cmd('{"execute": "bogus"}'),
                 '{"error": {"class": "CommandNotFound", "desc": '
                 '"The command bogus has not been found"}}', 'unknown')
        check_eq(c.cmd('{"execute": "qom-get", "arguments": {}}'),
                 '{"error": {"class": "GenericError", "desc": '
                 '"Parameter \'path\' is missing"}}', 'missing argument')
        check_eq(c.cmd('[]'),
                 '{"error": {"class": "GenericError", "desc": '
                 '"QMP input must be a JSON object"}}', 'not an object')
        machine = inst_machine(c)
        check_eq(c.cmd('{"execute": "qom-get", "arguments": {"path": '
                       '"/machine", "property": "nope"}}'),
                 '{"error": {"class": "GenericError", "desc": "Property '
                 '\'%s.nope\' not found"}}' % machine, 'qom-get error')
        c.close()
        # A new client gets a new session; quit ends the process.
        c = Client(path)
        check(c.line().startswith('{"QMP": '), 'greeting again')
        negotiate(c)
        # As in QEMU, the reply comes once the main loop acted on quit.
        check_match(r'^\{"timestamp": \{"seconds": \d+, "microseconds": '
                    r'\d+\}, "event": "SHUTDOWN", "data": \{"guest": false, '
                    r'"reason": "host-qmp-quit"\}\}$',
                    c.cmd('{"execute": "quit"}'), 'SHUTDOWN event')
        check_eq(c.line(), '{"return": {}}', 'quit')
        c.close()
        rc, out, err = inst.wait()
        check_eq((rc, out), (0, ''), 'quit exit status')


def inst_machine(c):
    rsp = c.cmd('{"execute": "qom-get", "arguments": {"path": "/machine", '
                '"property": "type"}}')
    return rsp[len('{"return": "'):-len('"}')]


def test_two_monitors_and_events(target, tmp):
    a_path = os.path.join(tmp, 'a-%s.sock' % target)
    b_path = os.path.join(tmp, 'b-%s.sock' % target)
    with start(target, '-S',
               '-qmp', 'unix:%s,server=on,wait=off' % a_path,
               '-qmp-pretty', 'unix:%s,server=on,wait=off' % b_path,
               idle=True) as inst:
        if not inst.wait_ready():
            return
        a = Client(a_path)
        b = Client(b_path)
        a.line()
        greeting = b.line(b'\r\n}\r\n')
        check(greeting.startswith('{\r\n    "QMP": {\r\n        "version": '
                                  '{\r\n'), 'pretty greeting %r' % greeting)
        negotiate(a)
        b.sock.sendall(b'{"execute": "qmp_capabilities"}')
        check_eq(b.line(b'\r\n}\r\n'), '{\r\n    "return": {\r\n    }',
                 'pretty return')
        a.sock.sendall(b'{"execute": "cont"}')
        check_match(r'^\{"timestamp": \{"seconds": \d+, "microseconds": '
                    r'\d+\}, "event": "RESUME"\}$', a.line(), 'event on a')
        check_eq(a.line(), '{"return": {}}', 'cont returns')
        event = b.line(b'\r\n}\r\n')
        check_match(r'^\{\r\n    "timestamp": \{\r\n        "seconds": \d+,'
                    r'\r\n        "microseconds": \d+\r\n    \},\r\n    '
                    r'"event": "RESUME"$', event, 'pretty event on b')
        a.close()
        b.close()


def test_huge_input(tmp):
    """A 1 MiB request is answered; a 65 MiB string is refused with
    QEMU's "JSON token size limit exceeded", and the monitor answers the
    next request."""
    path = os.path.join(tmp, 'huge.sock')
    name = 'x' * (1 << 20)
    with start('riscv64', '-S', '-qmp', 'unix:%s,server=on,wait=off' % path,
               idle=True) as inst:
        if not inst.wait_ready():
            return
        c = Client(path)
        c.sock.settimeout(30)
        c.line()
        negotiate(c)
        check_eq(c.cmd('{"execute": "qom-get", "arguments": {"path": "%s", '
                       '"property": "p"}}' % name),
                 '{"error": {"class": "DeviceNotFound", "desc": "Device '
                 '\'%s\' not found"}}' % name, '1 MiB request')
        c.sock.sendall(b'{"execute": "qom-get", "arguments": {"path": "' +
                       b'x' * (65 << 20) + b'"}}')
        check_eq(c.line(), '{"error": {"class": "GenericError", "desc": '
                 '"JSON token size limit exceeded"}}', '65 MiB token')
        reply = c.cmd('{"execute": "query-status", "id": "after"}')
        while reply.startswith('{"error"'):     # what followed the token
            reply = c.line()
        check_eq(reply, '{"return": {"status": "prelaunch", "singlestep": '
                 'false, "running": false}, "id": "after"}',
                 'answering after a huge token')
        c.close()


def test_preconfig(target, tmp):
    path = os.path.join(tmp, 'p-%s.sock' % target)
    with start(target, '-preconfig', '-qmp',
               'unix:%s,server=on,wait=off' % path, idle=True) as inst:
        if not inst.wait_ready():
            return
        c = Client(path)
        c.line()
        negotiate(c)
        check_eq(c.cmd('{"execute": "stop"}'),
                 '{"error": {"class": "GenericError", "desc": "The command '
                 '\'stop\' is permitted only after machine initialization '
                 'has completed"}}', 'stop in preconfig')
        check_eq(c.cmd('{"execute": "x-exit-preconfig"}').split(', "event"')
                 [1], ': "RESUME"}', 'x-exit-preconfig starts the VM')
        check_eq(c.line(), '{"return": {}}', 'x-exit-preconfig returns')
        check_eq(c.cmd('{"execute": "query-status"}'),
                 '{"return": {"status": "running", "singlestep": false, '
                 '"running": true}}', 'running after preconfig')
        check_eq(c.cmd('{"execute": "x-exit-preconfig"}'),
                 '{"error": {"class": "GenericError", "desc": "The command '
                 'is permitted only before machine initialization"}}',
                 'x-exit-preconfig twice')
        c.close()


def test_uuid_name(target):
    """-uuid and -name reach query-uuid and query-name."""
    uuid = '12345678-9abc-def0-abcd-123456789abc'
    rc, replies, err = qmp_stdio(target, ['-uuid', uuid.upper(), '-name',
                                          'vm7'],
                                 ['{"execute": "query-uuid"}',
                                  '{"execute": "query-name"}'])
    check_eq((rc, replies, err),
             (0, [{'return': {'UUID': uuid}}, {'return': {'name': 'vm7'}}],
              ''), '-uuid and -name over QMP')


with tempfile.TemporaryDirectory() as tmp:
    for target in TARGETS:
        test_uuid_name(target)
        test_session(target, tmp)
        test_two_monitors_and_events(target, tmp)
        test_preconfig(target, tmp)
    test_huge_input(tmp)
finish()
