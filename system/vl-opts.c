/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * vl-opts.c: the QemuOpts groups the command line fills.
 *
 * Each group has QEMU 8.2's name, implied key, merge rule and keys, so
 * -readconfig files, `-GROUP help` and the error messages match.  Groups
 * whose subsystem does not exist yet (chardev, device, net, drive, numa,
 * monitor) live here until it does; an empty key table accepts any key and
 * leaves validation to the subsystem.
 */
#include "qemu/osdep.h"
#include "qemu/option.h"
#include "qemu/config-file.h"
#include "sysemu/vl-opts.h"

static QemuOptsList qemu_rtc_opts = {
    .name = "rtc",
    .merge_lists = true,
    .desc = {
        { .name = "base", .type = QEMU_OPT_STRING },
        { .name = "clock", .type = QEMU_OPT_STRING },
        { .name = "driftfix", .type = QEMU_OPT_STRING },
        { }
    },
};

static QemuOptsList qemu_option_rom_opts = {
    .name = "option-rom",
    .implied_opt_name = "romfile",
    .desc = {
        { .name = "bootindex", .type = QEMU_OPT_NUMBER },
        { .name = "romfile", .type = QEMU_OPT_STRING },
        { }
    },
};

static QemuOptsList qemu_accel_opts = {
    .name = "accel",
    .implied_opt_name = "accel",
    .desc = {
        /* any key: the accelerator object's properties check them */
        { }
    },
};

static QemuOptsList qemu_boot_opts = {
    .name = "boot-opts",
    .implied_opt_name = "order",
    .merge_lists = true,
    .desc = {
        { .name = "order", .type = QEMU_OPT_STRING },
        { .name = "once", .type = QEMU_OPT_STRING },
        { .name = "menu", .type = QEMU_OPT_BOOL },
        { .name = "splash", .type = QEMU_OPT_STRING },
        { .name = "splash-time", .type = QEMU_OPT_NUMBER },
        { .name = "reboot-timeout", .type = QEMU_OPT_NUMBER },
        { .name = "strict", .type = QEMU_OPT_BOOL },
        { }
    },
};

static QemuOptsList qemu_add_fd_opts = {
    .name = "add-fd",
    .desc = {
        { .name = "fd", .type = QEMU_OPT_NUMBER,
          .help = "file descriptor of which a duplicate is added to fd set" },
        { .name = "set", .type = QEMU_OPT_NUMBER,
          .help = "ID of the fd set to add fd to" },
        { .name = "opaque", .type = QEMU_OPT_STRING,
          .help = "free-form string used to describe fd" },
        { }
    },
};

static QemuOptsList qemu_object_opts = {
    .name = "object",
    .implied_opt_name = "qom-type",
    .desc = {
        { }
    },
};

static QemuOptsList qemu_tpmdev_opts = {
    .name = "tpmdev",
    .implied_opt_name = "type",
    .desc = {
        { }
    },
};

static QemuOptsList qemu_overcommit_opts = {
    .name = "overcommit",
    .desc = {
        { .name = "mem-lock", .type = QEMU_OPT_BOOL },
        { .name = "cpu-pm", .type = QEMU_OPT_BOOL },
        { }
    },
};

static QemuOptsList qemu_msg_opts = {
    .name = "msg",
    .desc = {
        { .name = "timestamp", .type = QEMU_OPT_BOOL },
        { .name = "guest-name", .type = QEMU_OPT_BOOL,
          .help = "Prefix messages with the guest name (from -name guest=)"
                  " when one is set" },
        { }
    },
};

static QemuOptsList qemu_name_opts = {
    .name = "name",
    .implied_opt_name = "guest",
    .merge_lists = true,
    .desc = {
        { .name = "guest", .type = QEMU_OPT_STRING,
          .help = "The name of the guest, used in window titles, "
                  "messages and the monitor" },
        { .name = "process", .type = QEMU_OPT_STRING,
          .help = "The name of the QEMU process, as shown by ps and top" },
        { .name = "debug-threads", .type = QEMU_OPT_BOOL,
          .help = "Give each of our threads a name (for debugging)" },
        { }
    },
};

static QemuOptsList qemu_mem_opts = {
    .name = "memory",
    .implied_opt_name = "size",
    .merge_lists = true,
    .desc = {
        { .name = "size", .type = QEMU_OPT_SIZE },
        { .name = "slots", .type = QEMU_OPT_NUMBER },
        { .name = "maxmem", .type = QEMU_OPT_SIZE },
        { }
    },
};

static QemuOptsList qemu_icount_opts = {
    .name = "icount",
    .implied_opt_name = "shift",
    .merge_lists = true,
    .desc = {
        { .name = "shift", .type = QEMU_OPT_STRING },
        { .name = "align", .type = QEMU_OPT_BOOL },
        { .name = "sleep", .type = QEMU_OPT_BOOL },
        { .name = "rr", .type = QEMU_OPT_STRING },
        { .name = "rrfile", .type = QEMU_OPT_STRING },
        { .name = "rrsnapshot", .type = QEMU_OPT_STRING },
        { }
    },
};

static QemuOptsList qemu_fw_cfg_opts = {
    .name = "fw_cfg",
    .implied_opt_name = "name",
    .desc = {
        { .name = "name", .type = QEMU_OPT_STRING,
          .help = "Sets the fw_cfg name of the blob to be inserted" },
        { .name = "file", .type = QEMU_OPT_STRING,
          .help = "Sets the name of the file from which the fw_cfg blob "
                  "will be loaded" },
        { .name = "string", .type = QEMU_OPT_STRING,
          .help = "Sets content of the blob to be inserted from a string" },
        { .name = "gen_id", .type = QEMU_OPT_STRING,
          .help = "Sets id of the object generating the fw_cfg blob "
                  "to be inserted" },
        { }
    },
};

static QemuOptsList qemu_action_opts = {
    .name = "action",
    .merge_lists = true,
    .desc = {
        { .name = "shutdown", .type = QEMU_OPT_STRING },
        { .name = "reboot", .type = QEMU_OPT_STRING },
        { .name = "panic", .type = QEMU_OPT_STRING },
        { .name = "watchdog", .type = QEMU_OPT_STRING },
        { }
    },
};

static QemuOptsList qemu_smp_opts = {
    .name = "smp-opts",
    .implied_opt_name = "cpus",
    .merge_lists = true,
    .desc = {
        { .name = "cpus", .type = QEMU_OPT_NUMBER },
        { .name = "drawers", .type = QEMU_OPT_NUMBER },
        { .name = "books", .type = QEMU_OPT_NUMBER },
        { .name = "sockets", .type = QEMU_OPT_NUMBER },
        { .name = "dies", .type = QEMU_OPT_NUMBER },
        { .name = "clusters", .type = QEMU_OPT_NUMBER },
        { .name = "cores", .type = QEMU_OPT_NUMBER },
        { .name = "threads", .type = QEMU_OPT_NUMBER },
        { .name = "maxcpus", .type = QEMU_OPT_NUMBER },
        { }
    },
};

static QemuOptsList qemu_run_with_opts = {
    .name = "run-with",
    .desc = {
        { .name = "async-teardown", .type = QEMU_OPT_BOOL },
        { .name = "chroot", .type = QEMU_OPT_STRING },
        { }
    },
};

static QemuOptsList qemu_device_opts = {
    .name = "device",
    .implied_opt_name = "driver",
    .desc = {
        /* any key: the device's properties check them */
        { }
    },
};

static QemuOptsList qemu_global_opts = {
    .name = "global",
    .desc = {
        { .name = "driver", .type = QEMU_OPT_STRING },
        { .name = "property", .type = QEMU_OPT_STRING },
        { .name = "value", .type = QEMU_OPT_STRING },
        { }
    },
};

static QemuOptsList qemu_chardev_opts = {
    .name = "chardev",
    .implied_opt_name = "backend",
    .desc = {
        { .name = "backend", .type = QEMU_OPT_STRING },
        { .name = "path", .type = QEMU_OPT_STRING },
        { .name = "host", .type = QEMU_OPT_STRING },
        { .name = "port", .type = QEMU_OPT_STRING },
        { .name = "fd", .type = QEMU_OPT_STRING },
        { .name = "localaddr", .type = QEMU_OPT_STRING },
        { .name = "localport", .type = QEMU_OPT_STRING },
        { .name = "to", .type = QEMU_OPT_NUMBER },
        { .name = "ipv4", .type = QEMU_OPT_BOOL },
        { .name = "ipv6", .type = QEMU_OPT_BOOL },
        { .name = "wait", .type = QEMU_OPT_BOOL },
        { .name = "server", .type = QEMU_OPT_BOOL },
        { .name = "delay", .type = QEMU_OPT_BOOL },
        { .name = "nodelay", .type = QEMU_OPT_BOOL },
        { .name = "reconnect", .type = QEMU_OPT_NUMBER },
        { .name = "telnet", .type = QEMU_OPT_BOOL },
        { .name = "tn3270", .type = QEMU_OPT_BOOL },
        { .name = "tls-creds", .type = QEMU_OPT_STRING },
        { .name = "tls-authz", .type = QEMU_OPT_STRING },
        { .name = "websocket", .type = QEMU_OPT_BOOL },
        { .name = "width", .type = QEMU_OPT_NUMBER },
        { .name = "height", .type = QEMU_OPT_NUMBER },
        { .name = "cols", .type = QEMU_OPT_NUMBER },
        { .name = "rows", .type = QEMU_OPT_NUMBER },
        { .name = "mux", .type = QEMU_OPT_BOOL },
        { .name = "signal", .type = QEMU_OPT_BOOL },
        { .name = "name", .type = QEMU_OPT_STRING },
        { .name = "debug", .type = QEMU_OPT_NUMBER },
        { .name = "size", .type = QEMU_OPT_SIZE },
        { .name = "chardev", .type = QEMU_OPT_STRING },
        { .name = "append", .type = QEMU_OPT_BOOL },
        { .name = "logfile", .type = QEMU_OPT_STRING },
        { .name = "logappend", .type = QEMU_OPT_BOOL },
        { .name = "mouse", .type = QEMU_OPT_BOOL },
        { .name = "clipboard", .type = QEMU_OPT_BOOL },
        { .name = "abstract", .type = QEMU_OPT_BOOL },
        { .name = "tight", .type = QEMU_OPT_BOOL },
        { }
    },
};

static QemuOptsList qemu_mon_opts = {
    .name = "mon",
    .implied_opt_name = "chardev",
    .desc = {
        { .name = "mode", .type = QEMU_OPT_STRING },
        { .name = "chardev", .type = QEMU_OPT_STRING },
        { .name = "pretty", .type = QEMU_OPT_BOOL },
        { }
    },
};

static QemuOptsList qemu_netdev_opts = {
    .name = "netdev",
    .implied_opt_name = "type",
    .desc = {
        { }
    },
};

static QemuOptsList qemu_nic_opts = {
    .name = "nic",
    .implied_opt_name = "type",
    .desc = {
        { }
    },
};

static QemuOptsList qemu_net_opts = {
    .name = "net",
    .implied_opt_name = "type",
    .desc = {
        { }
    },
};

static QemuOptsList qemu_drive_opts = {
    .name = "drive",
    .desc = {
        /* any key: the block layer checks them when the drive opens */
        { }
    },
};

static QemuOptsList qemu_numa_opts = {
    .name = "numa",
    .implied_opt_name = "type",
    .desc = {
        { }
    },
};

static QemuOptsList qemu_semihosting_config_opts = {
    .name = "semihosting-config",
    .merge_lists = true,
    .implied_opt_name = "enable",
    .desc = {
        { .name = "enable", .type = QEMU_OPT_BOOL },
        { .name = "userspace", .type = QEMU_OPT_BOOL },
        { .name = "target", .type = QEMU_OPT_STRING },
        { .name = "chardev", .type = QEMU_OPT_STRING },
        { .name = "arg", .type = QEMU_OPT_STRING },
        { }
    },
};

void qemu_add_vl_opts(void)
{
    static QemuOptsList *const lists[] = {
        &qemu_drive_opts, &qemu_chardev_opts, &qemu_device_opts,
        &qemu_netdev_opts, &qemu_nic_opts, &qemu_net_opts, &qemu_rtc_opts,
        &qemu_global_opts, &qemu_mon_opts, &qemu_option_rom_opts,
        &qemu_accel_opts, &qemu_mem_opts, &qemu_smp_opts, &qemu_boot_opts,
        &qemu_add_fd_opts, &qemu_object_opts, &qemu_tpmdev_opts,
        &qemu_overcommit_opts, &qemu_msg_opts, &qemu_name_opts,
        &qemu_numa_opts, &qemu_icount_opts, &qemu_semihosting_config_opts,
        &qemu_fw_cfg_opts, &qemu_action_opts, &qemu_run_with_opts,
    };
    size_t i;

    for (i = 0; i < ARRAY_SIZE(lists); i++) {
        qemu_add_opts(lists[i]);
    }
}
