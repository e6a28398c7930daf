HXCOMM SPDX-License-Identifier: GPL-2.0-or-later
HXCOMM
HXCOMM qemu-options.hx: every command-line option of the system emulator,
HXCOMM once.  scripts/hxtool.py turns this file into the option table and
HXCOMM -help text (qemu-options.def, included by system/vl.c) and into the
HXCOMM OPTIONS section of the man page.  The format is QEMU's:
HXCOMM
HXCOMM   DEFHEADING(text)            a heading of the -help output
HXCOMM   ARCHHEADING(text, mask)     a heading printed only by some targets
HXCOMM   DEF(name, HAS_ARG or 0, QEMU_OPTION_enum, help, arch mask)
HXCOMM   SRST ... ERST               reStructuredText for the manual
HXCOMM   HXCOMM                      a comment
HXCOMM
HXCOMM Option names, enum names, flags, arch masks and the synopsis lines of
HXCOMM the help text (the lines that start with '-' and their continuation
HXCOMM lines) are QEMU 8.2's interface and must stay identical to it.  The
HXCOMM explanatory help lines and the documentation are our own.  The
HXCOMM synopsis lines of options whose syntax depends on QEMU's build
HXCOMM configuration are those of a Linux build with user networking and
HXCOMM without audio drivers, graphical displays, VNC, SPICE or TPM.
HXCOMM
HXCOMM In the documentation, a term line (``-option syntax``) is followed by
HXCOMM its body indented by 4 columns; sub-terms nest by 4 more.

DEFHEADING(Standard options:)

DEF("help", 0, QEMU_OPTION_h,
    "-h or -help     display this help and exit\n", QEMU_ARCH_ALL)
SRST
``-h``, ``-help``
    Print the list of options and exit.
ERST

DEF("version", 0, QEMU_OPTION_version,
    "-version        display version information and exit\n", QEMU_ARCH_ALL)
SRST
``-version``
    Print the version and exit.
ERST

DEF("machine", HAS_ARG, QEMU_OPTION_machine, \
    "-machine [type=]name[,prop[=value][,...]]\n"
    "                choose the board to emulate ('-machine help' lists them)\n"
    "                accel=accel1[:accel2[:...]] accelerators to try, in order\n"
    "                dump-guest-core=on|off put guest RAM in core dumps\n"
    "                mem-merge=on|off let the host merge identical pages\n"
    "                memory-backend=id use memory backend 'id' as guest RAM\n",
    QEMU_ARCH_ALL)
SRST
``-machine [type=]name[,prop=value[,...]]``
    Choose the board to emulate.  ``-machine help`` lists the boards this
    binary knows, with the default one marked.  Properties of the board
    follow the name, separated by commas; the generic ones are:

    ``accel=accel1[:accel2[:...]]``
        Accelerators to try, in order, until one initialises.  Prefer
        ``-accel``, which can also set accelerator properties.

    ``dump-guest-core=on|off``
        Whether guest RAM is included when the emulator dumps core.  On by
        default.

    ``mem-merge=on|off``
        Whether the host may merge identical guest pages.  On by default.

    ``memory-backend=id``
        Use the memory backend object ``id`` (created with ``-object``) as
        the guest RAM instead of allocating it from ``-m``.
ERST

HXCOMM Deprecated by -machine
DEF("M", HAS_ARG, QEMU_OPTION_M, "", QEMU_ARCH_ALL)

DEF("cpu", HAS_ARG, QEMU_OPTION_cpu,
    "-cpu cpu        select CPU ('-cpu help' for list)\n", QEMU_ARCH_ALL)
SRST
``-cpu model``
    Choose the CPU model.  ``-cpu help`` lists the models and the
    features that can be switched on or off after the model name.
ERST

DEF("accel", HAS_ARG, QEMU_OPTION_accel,
    "-accel [accel=]accelerator[,prop[=value][,...]]\n"
    "                choose an accelerator ('-accel help' lists them)\n"
    "                may be repeated; the first that works is used\n"
    "                one-insn-per-tb=on|off one instruction per TCG block\n"
    "                tb-size=n size of the TCG code cache in MiB\n"
    "                thread=single|multi one TCG thread, or one per vCPU\n"
    "                kernel-irqchip=on|off|split KVM in-kernel interrupt chips\n",
    QEMU_ARCH_ALL)
SRST
``-accel name[,prop=value[,...]]``
    Choose the accelerator that runs the guest CPUs.  The option may be
    given several times: the accelerators are tried in order and the
    first that initialises is used.  ``-accel help`` lists the ones this
    binary has.  Properties:

    ``one-insn-per-tb=on|off``
        TCG only: translate a single guest instruction per block, which is
        slow but makes ``-d`` logs easier to follow.

    ``tb-size=n``
        TCG only: size of the translated code cache, in MiB.

    ``thread=single|multi``
        TCG only: run all vCPUs in one host thread, or one thread per vCPU.

    ``kernel-irqchip=on|off|split``
        KVM only: emulate the interrupt controllers in the host kernel
        (``on``, the default), in the emulator (``off``), or the local
        ones in the kernel and the rest in the emulator (``split``).

    ``dirty-ring-size=n``
        KVM only: number of entries of the per-vCPU dirty page ring; 0
        (the default) tracks dirty pages with a bitmap instead.
ERST

DEF("smp", HAS_ARG, QEMU_OPTION_smp,
    "-smp [[cpus=]n][,maxcpus=maxcpus][,drawers=drawers][,books=books][,sockets=sockets]\n"
    "               [,dies=dies][,clusters=clusters][,cores=cores][,threads=threads]\n"
    "                set the number of vCPUs present at start [default=1]\n"
    "                maxcpus= total vCPUs including hot-pluggable ones\n"
    "                drawers=, books=, sockets=, dies=, clusters=, cores=,\n"
    "                threads= size of each level of the CPU topology, from\n"
    "                the largest to the smallest; a board supports a subset\n"
    "                of the levels and the others must be 1 or left out\n",
    QEMU_ARCH_ALL)
SRST
``-smp [[cpus=]n][,maxcpus=maxcpus][,sockets=sockets][,dies=dies][,clusters=clusters][,cores=cores][,threads=threads]``
    Give the guest ``n`` virtual CPUs at start, and room for ``maxcpus``
    in total on boards that can hot-plug CPUs.

    The topology parameters describe how the CPUs are grouped; their
    product must equal ``maxcpus``.  Parameters that are left out are
    computed from the others.  Each board supports a subset of the levels
    (``drawers`` and ``books`` are for s390x, ``dies`` for x86 and
    ``clusters`` for Arm); an unsupported level may only be given as 1.
    For example ``-smp 8,sockets=2,cores=2,threads=2`` describes two
    sockets of two cores with two threads each.
ERST

DEF("numa", HAS_ARG, QEMU_OPTION_numa,
    "-numa node[,mem=size][,cpus=firstcpu[-lastcpu]][,nodeid=node][,initiator=node]\n"
    "-numa node[,memdev=id][,cpus=firstcpu[-lastcpu]][,nodeid=node][,initiator=node]\n"
    "-numa dist,src=source,dst=destination,val=distance\n"
    "-numa cpu,node-id=node[,socket-id=x][,core-id=y][,thread-id=z]\n"
    "-numa hmat-lb,initiator=node,target=node,hierarchy=memory|first-level|second-level|third-level,data-type=access-latency|read-latency|write-latency[,latency=lat][,bandwidth=bw]\n"
    "-numa hmat-cache,node-id=node,size=size,level=level[,associativity=none|direct|complex][,policy=none|write-back|write-through][,line=size]\n",
    QEMU_ARCH_ALL)
SRST
``-numa node[,memdev=id][,cpus=firstcpu[-lastcpu]][,nodeid=node][,initiator=node]``
    Declare a NUMA node.  ``memdev`` names the memory backend object
    that holds the node's RAM (``mem=size`` is the legacy form for old
    machine types); ``cpus`` assigns a range of vCPU indexes and may be
    repeated.  ``-numa`` only distributes the RAM and vCPUs that ``-m``,
    ``-smp`` and ``-object`` create.

``-numa dist,src=source,dst=destination,val=distance``
    Set the distance between two nodes (10 is local, 255 unreachable).

``-numa cpu,node-id=node[,socket-id=x][,core-id=y][,thread-id=z]``
    Assign CPUs to a node by their topology position.

``-numa hmat-lb,...`` and ``-numa hmat-cache,...``
    Describe latency, bandwidth and memory-side caches for the ACPI HMAT
    table; they need ``-machine hmat=on``.
ERST

DEF("add-fd", HAS_ARG, QEMU_OPTION_add_fd,
    "-add-fd fd=fd,set=set[,opaque=opaque]\n"
    "                put a copy of file descriptor 'fd' in fd set 'set'\n",
    QEMU_ARCH_ALL)
SRST
``-add-fd fd=fd,set=set[,opaque=opaque]``
    Put a duplicate of the inherited file descriptor ``fd`` into the fd
    set number ``set``; ``opaque`` is a free-form description.  Other
    options then open ``/dev/fdset/set`` instead of a path.  The
    descriptor may not be 0, 1 or 2.
ERST

DEF("set", HAS_ARG, QEMU_OPTION_set,
    "-set group.id.arg=value\n"
    "                set property 'arg' of the option group entry 'id'\n"
    "                (for example -set drive.disk0.file=disk.img)\n",
    QEMU_ARCH_ALL)
SRST
``-set group.id.arg=value``
    Set the property ``arg`` of the entry ``id`` of the option group
    ``group``, as if it had been written in that option.
ERST

DEF("global", HAS_ARG, QEMU_OPTION_global,
    "-global driver.property=value\n"
    "-global driver=driver,property=property,value=value\n"
    "                change the default value of a device property\n",
    QEMU_ARCH_ALL)
SRST
``-global driver.prop=value``
    Change the default value of property ``prop`` for every device of
    type ``driver``, including the devices the board creates by itself.
    The long form ``-global driver=driver,property=prop,value=value``
    also works when the driver name contains a dot.
ERST

DEF("boot", HAS_ARG, QEMU_OPTION_boot,
    "-boot [order=drives][,once=drives][,menu=on|off]\n"
    "      [,splash=sp_name][,splash-time=sp_time][,reboot-timeout=rb_time][,strict=on|off]\n"
    "                drives: letters of the devices to boot from, in order\n"
    "                (a floppy, c hard disk, d CD-ROM, n network)\n"
    "                splash, splash-time: boot logo file and time in ms\n"
    "                reboot-timeout: ms to wait before retrying a failed boot\n",
    QEMU_ARCH_ALL)
SRST
``-boot [order=drives][,once=drives][,menu=on|off][,splash=sp_name][,splash-time=sp_time][,reboot-timeout=rb_timeout][,strict=on|off]``
    Tell the firmware which devices to boot from, as a string of drive
    letters (on PCs: ``a`` floppy, ``c`` hard disk, ``d`` CD-ROM, ``n``
    network).  ``once`` applies only to the first boot.  ``menu``,
    ``splash``, ``splash-time``, ``reboot-timeout`` and ``strict`` are
    passed to firmware that supports them.  What the firmware does with
    them is up to it.
ERST

DEF("m", HAS_ARG, QEMU_OPTION_m,
    "-m [size=]megs[,slots=n,maxmem=size]\n"
    "                set the guest RAM size (a size suffix M or G is allowed)\n"
    "                slots: number of memory hot-plug slots\n"
    "                maxmem: upper limit of RAM with hot-plugged memory\n",
    QEMU_ARCH_ALL)
SRST
``-m [size=]megs[,slots=n,maxmem=size]``
    Set the guest RAM size.  A plain number is in MiB; the suffixes
    ``M`` and ``G`` are accepted.  The default depends on the board.
    ``slots`` and ``maxmem`` reserve room for memory hot-plug.
ERST

DEF("mem-path", HAS_ARG, QEMU_OPTION_mempath,
    "-mem-path FILE  provide backing storage for guest RAM\n", QEMU_ARCH_ALL)
SRST
``-mem-path path``
    Back the guest RAM with a file created in the directory ``path``
    (for example a hugetlbfs mount).
ERST

DEF("mem-prealloc", 0, QEMU_OPTION_mem_prealloc,
    "-mem-prealloc   preallocate guest memory (use with -mem-path)\n",
    QEMU_ARCH_ALL)
SRST
``-mem-prealloc``
    Touch all guest RAM at start so that no page is allocated later.
ERST

DEF("k", HAS_ARG, QEMU_OPTION_k,
    "-k language     use keyboard layout (for example 'fr' for French)\n",
    QEMU_ARCH_ALL)
SRST
``-k language``
    Keyboard layout to use when a display cannot deliver raw key codes
    (for example ``fr`` or ``de-ch``).  The default is ``en-us``.
ERST

DEF("audio", HAS_ARG, QEMU_OPTION_audio,
    "-audio [driver=]driver[,prop[=value][,...]]\n"
    "                default audio backend for devices without 'audiodev'\n"
    "-audio [driver=]driver,model=value[,prop[=value][,...]]\n"
    "                create sound device 'model' and a backend for it\n"
    "                ('-audio model=help' lists the models)\n",
    QEMU_ARCH_ALL)
SRST
``-audio [driver=]driver[,model=value][,prop[=value][,...]]``
    Without ``model``, create the audio backend used by sound devices and
    boards that have no ``audiodev`` property set; ``-audio none`` keeps
    them silent.  With ``model``, also create that sound device and
    connect it to the backend.  The other properties are those of
    ``-audiodev``.
ERST

DEF("audiodev", HAS_ARG, QEMU_OPTION_audiodev,
    "-audiodev [driver=]driver,id=id[,prop[=value][,...]]\n"
    "                create an audio backend ('-audiodev help' lists drivers)\n"
    "                timer-period= period of the audio timer in microseconds\n"
    "                in|out.frequency=, in|out.channels=, in|out.format=\n"
    "                stream settings used with fixed-settings=on\n"
    "-audiodev none,id=id,[,prop[=value][,...]]\n"
    "                backend that drops all sound\n"
    "-audiodev wav,id=id[,prop[=value][,...]]\n"
    "                path= write the output to this WAV file\n",
    QEMU_ARCH_ALL)
SRST
``-audiodev [driver=]driver,id=id[,prop[=value][,...]]``
    Create an audio backend called ``id``.  Settings that differ between
    recording and playback are prefixed with ``in.`` or ``out.``.

``-audiodev none,id=id``
    A backend that discards everything.

``-audiodev wav,id=id[,path=path]``
    A backend that writes the played sound to a WAV file.
ERST

DEF("device", HAS_ARG, QEMU_OPTION_device,
    "-device driver[,prop[=value][,...]]\n"
    "                add a device ('-device help' lists the drivers,\n"
    "                '-device driver,help' the properties of one)\n",
    QEMU_ARCH_ALL)
SRST
``-device driver[,prop[=value][,...]]``
    Create a device of type ``driver`` with the given properties.  The
    argument may also be a JSON object.  ``-device help`` lists the
    device types and ``-device driver,help`` their properties.
ERST

DEF("name", HAS_ARG, QEMU_OPTION_name,
    "-name string1[,process=string2][,debug-threads=on|off]\n"
    "                set the name of the guest\n"
    "                process= name of the host process (Linux)\n"
    "                debug-threads=on names each thread (for debugging)\n",
    QEMU_ARCH_ALL)
SRST
``-name name``
    Name the guest.  The name is used in window titles and messages;
    ``process`` also renames the host process and ``debug-threads=on``
    gives every thread a name, which is meant for debugging only.
ERST

DEF("uuid", HAS_ARG, QEMU_OPTION_uuid,
    "-uuid %08x-%04x-%04x-%04x-%012x\n"
    "                set the machine UUID\n", QEMU_ARCH_ALL)
SRST
``-uuid uuid``
    Set the UUID the firmware reports for the machine.
ERST

DEFHEADING()

DEFHEADING(Block device options:)

SRST
Disks can be described in two ways: ``-blockdev`` for the backend plus
``-device`` for what the guest sees, which is the stable interface, or
the shortcut ``-drive``, which creates both.  ``-hda`` and friends are
shortcuts for ``-drive``.
ERST

DEF("fda", HAS_ARG, QEMU_OPTION_fda,
    "-fda/-fdb file  use 'file' as floppy disk 0/1 image\n", QEMU_ARCH_ALL)
DEF("fdb", HAS_ARG, QEMU_OPTION_fdb, "", QEMU_ARCH_ALL)
SRST
``-fda file``, ``-fdb file``
    Use ``file`` as the image of the first or second floppy disk.
ERST

DEF("hda", HAS_ARG, QEMU_OPTION_hda,
    "-hda/-hdb file  use 'file' as hard disk 0/1 image\n", QEMU_ARCH_ALL)
DEF("hdb", HAS_ARG, QEMU_OPTION_hdb, "", QEMU_ARCH_ALL)
DEF("hdc", HAS_ARG, QEMU_OPTION_hdc,
    "-hdc/-hdd file  use 'file' as hard disk 2/3 image\n", QEMU_ARCH_ALL)
DEF("hdd", HAS_ARG, QEMU_OPTION_hdd, "", QEMU_ARCH_ALL)
SRST
``-hda file``, ``-hdb file``, ``-hdc file``, ``-hdd file``
    Use ``file`` as hard disk 0 to 3 on the board's default disk bus.
ERST

DEF("cdrom", HAS_ARG, QEMU_OPTION_cdrom,
    "-cdrom file     use 'file' as CD-ROM image\n",
    QEMU_ARCH_ALL)
SRST
``-cdrom file``
    Use ``file`` as the CD-ROM on the board's default bus.
ERST

DEF("blockdev", HAS_ARG, QEMU_OPTION_blockdev,
    "-blockdev [driver=]driver[,node-name=N][,discard=ignore|unmap]\n"
    "          [,cache.direct=on|off][,cache.no-flush=on|off]\n"
    "          [,read-only=on|off][,auto-read-only=on|off]\n"
    "          [,force-share=on|off][,detect-zeroes=on|off|unmap]\n"
    "          [,driver specific parameters...]\n"
    "                create a block driver node\n", QEMU_ARCH_ALL)
SRST
``-blockdev option[,option[,...]]``
    Create a block driver node.  ``driver`` chooses the format or
    protocol (``file``, ``raw``, ``qcow2``, ...) and ``node-name`` names
    the node so that devices (``-device ...,drive=node-name``) and other
    nodes (``file=node-name``) can refer to it.  A child node may also be
    defined inline with dotted keys, as in ``file.filename=disk.img``.
    The argument may be a JSON object.
ERST

DEF("drive", HAS_ARG, QEMU_OPTION_drive,
    "-drive [file=file][,if=type][,bus=n][,unit=m][,media=d][,index=i]\n"
    "       [,cache=writethrough|writeback|none|directsync|unsafe][,format=f]\n"
    "       [,snapshot=on|off][,rerror=ignore|stop|report]\n"
    "       [,werror=ignore|stop|report|enospc][,id=name]\n"
    "       [,aio=threads|native|io_uring]\n"
    "       [,readonly=on|off][,copy-on-read=on|off]\n"
    "       [,discard=ignore|unmap][,detect-zeroes=on|off|unmap]\n"
    "       [[,bps=b]|[[,bps_rd=r][,bps_wr=w]]]\n"
    "       [[,iops=i]|[[,iops_rd=r][,iops_wr=w]]]\n"
    "       [[,bps_max=bm]|[[,bps_rd_max=rm][,bps_wr_max=wm]]]\n"
    "       [[,iops_max=im]|[[,iops_rd_max=irm][,iops_wr_max=iwm]]]\n"
    "       [[,iops_size=is]]\n"
    "       [[,group=g]]\n"
    "                create a disk from image 'file' and attach it\n",
    QEMU_ARCH_ALL)
SRST
``-drive option[,option[,...]]``
    Create a block backend and, unless ``if=none``, the guest device that
    uses it.  The main options:

    ``file=file``
        The image.  A comma in the name is written as two commas.

    ``if=interface``
        The bus to attach to: ``ide``, ``scsi``, ``sd``, ``mtd``,
        ``floppy``, ``pflash``, ``virtio`` or ``none``.

    ``bus=bus``, ``unit=unit``, ``index=index``
        Where on that bus the drive goes.

    ``media=disk|cdrom``
        The kind of medium.

    ``format=format``
        The image format; give it to avoid probing untrusted images.

    ``snapshot=on|off``, ``readonly=on|off``
        Write to a temporary overlay, or refuse writes.

    ``cache=mode``
        Host cache mode: ``writeback`` (the default), ``none``,
        ``writethrough``, ``directsync`` or ``unsafe``.

    ``werror=action``, ``rerror=action``
        What to do on write and read errors.

    The throttling options (``bps``, ``iops`` and their variants) limit
    the bandwidth and request rate of the drive.
ERST

DEF("mtdblock", HAS_ARG, QEMU_OPTION_mtdblock,
    "-mtdblock file  use 'file' as on-board Flash memory image\n",
    QEMU_ARCH_ALL)
SRST
``-mtdblock file``
    Use ``file`` as the on-board flash memory.
ERST

DEF("sd", HAS_ARG, QEMU_OPTION_sd,
    "-sd file        use 'file' as SecureDigital card image\n", QEMU_ARCH_ALL)
SRST
``-sd file``
    Use ``file`` as the SD card.
ERST

DEF("snapshot", 0, QEMU_OPTION_snapshot,
    "-snapshot       write to temporary files instead of disk image files\n",
    QEMU_ARCH_ALL)
SRST
``-snapshot``
    Keep the disk images unchanged: guest writes go to temporary files
    that are deleted on exit.  This does not apply to ``-blockdev``
    nodes.
ERST

DEF("fsdev", HAS_ARG, QEMU_OPTION_fsdev,
    "-fsdev local,id=id,path=path,security_model=mapped-xattr|mapped-file|passthrough|none\n"
    " [,writeout=immediate][,readonly=on][,fmode=fmode][,dmode=dmode]\n"
    " [[,throttling.bps-total=b]|[[,throttling.bps-read=r][,throttling.bps-write=w]]]\n"
    " [[,throttling.iops-total=i]|[[,throttling.iops-read=r][,throttling.iops-write=w]]]\n"
    " [[,throttling.bps-total-max=bm]|[[,throttling.bps-read-max=rm][,throttling.bps-write-max=wm]]]\n"
    " [[,throttling.iops-total-max=im]|[[,throttling.iops-read-max=irm][,throttling.iops-write-max=iwm]]]\n"
    " [[,throttling.iops-size=is]]\n"
    "-fsdev proxy,id=id,socket=socket[,writeout=immediate][,readonly=on]\n"
    "-fsdev proxy,id=id,sock_fd=sock_fd[,writeout=immediate][,readonly=on]\n"
    "-fsdev synth,id=id\n",
    QEMU_ARCH_ALL)
SRST
``-fsdev local,id=id,path=path,security_model=model[,readonly=on][,...]``
    Create a file system backend that exports the host directory
    ``path``, for a ``virtio-9p`` device with ``fsdev=id``.
    ``security_model`` says how file ownership and modes are kept:
    ``passthrough`` (as in the guest; needs root), ``mapped-xattr`` or
    ``mapped-file`` (in extended attributes or hidden files) or
    ``none``.  The ``proxy`` driver is deprecated and ``synth`` is for
    tests only.
ERST

DEF("virtfs", HAS_ARG, QEMU_OPTION_virtfs,
    "-virtfs local,path=path,mount_tag=tag,security_model=mapped-xattr|mapped-file|passthrough|none\n"
    "        [,id=id][,writeout=immediate][,readonly=on][,fmode=fmode][,dmode=dmode][,multidevs=remap|forbid|warn]\n"
    "-virtfs proxy,mount_tag=tag,socket=socket[,id=id][,writeout=immediate][,readonly=on]\n"
    "-virtfs proxy,mount_tag=tag,sock_fd=sock_fd[,id=id][,writeout=immediate][,readonly=on]\n"
    "-virtfs synth,mount_tag=tag[,id=id][,readonly=on]\n",
    QEMU_ARCH_ALL)
SRST
``-virtfs local,path=path,mount_tag=tag,security_model=model[,...]``
    Shortcut for ``-fsdev`` plus a ``virtio-9p`` device: the guest mounts
    the host directory ``path`` with the 9P protocol under the tag
    ``tag``.  ``multidevs`` says what to do when the directory spans
    several host file systems.
ERST

DEF("iscsi", HAS_ARG, QEMU_OPTION_iscsi,
    "-iscsi [user=user][,password=password][,password-secret=secret-id]\n"
    "       [,header-digest=CRC32C|CR32C-NONE|NONE-CRC32C|NONE]\n"
    "       [,initiator-name=initiator-iqn][,id=target-iqn]\n"
    "       [,timeout=timeout]\n"
    "                set parameters of iSCSI sessions\n", QEMU_ARCH_ALL)
SRST
``-iscsi``
    Set the parameters of iSCSI sessions: credentials, header digest,
    initiator name and timeout.
ERST

DEFHEADING()

DEFHEADING(USB convenience options:)

DEF("usb", 0, QEMU_OPTION_usb,
    "-usb            enable on-board USB host controller (if not enabled by default)\n",
    QEMU_ARCH_ALL)
SRST
``-usb``
    Enable the board's built-in USB host controller.
ERST

DEF("usbdevice", HAS_ARG, QEMU_OPTION_usbdevice,
    "-usbdevice name add the host or guest USB device 'name'\n",
    QEMU_ARCH_ALL)
SRST
``-usbdevice devname``
    Add a USB device (``keyboard``, ``mouse``, ``tablet``,
    ``wacom-tablet`` or ``braille``) and enable a USB controller if
    needed.  ``-device`` gives more control.
ERST

DEFHEADING()

DEFHEADING(Display options:)

DEF("display", HAS_ARG, QEMU_OPTION_display,
    "-display none\n"
    "                choose how guest video output is shown; by default\n"
    "                it is not shown (\"-display none\")\n",
    QEMU_ARCH_ALL)
SRST
``-display type``
    Choose the display.  ``none`` keeps the emulated graphics card but
    shows its output nowhere; unlike ``-nographic`` it does not move
    the serial port and monitor to the terminal.  ``-display help``
    lists the types this binary has.
ERST

DEF("nographic", 0, QEMU_OPTION_nographic,
    "-nographic      disable graphical output and redirect serial I/Os to console\n",
    QEMU_ARCH_ALL)
SRST
``-nographic``
    Run without any graphical output: the first serial port and the
    monitor share the terminal (press Ctrl-a h for the keys that switch
    between them).
ERST

DEF("portrait", 0, QEMU_OPTION_portrait,
    "-portrait       rotate graphical output 90 deg left (only PXA LCD)\n",
    QEMU_ARCH_ALL)
SRST
``-portrait``
    Rotate the display by 90 degrees to the left (PXA LCD only).
ERST

DEF("rotate", HAS_ARG, QEMU_OPTION_rotate,
    "-rotate <deg>   rotate graphical output some deg left (only PXA LCD)\n",
    QEMU_ARCH_ALL)
SRST
``-rotate deg``
    Rotate the display by ``deg`` degrees to the left (PXA LCD only).
ERST

DEF("vga", HAS_ARG, QEMU_OPTION_vga,
    "-vga [std|cirrus|vmware|qxl|xenfb|tcx|cg3|virtio|none]\n"
    "                choose the emulated graphics card\n", QEMU_ARCH_ALL)
SRST
``-vga type``
    Choose the graphics card the board creates, or ``none``.
ERST

DEF("full-screen", 0, QEMU_OPTION_full_screen,
    "-full-screen    start in full screen\n", QEMU_ARCH_ALL)
SRST
``-full-screen``
    Start the display in full screen.
ERST

DEF("g", HAS_ARG, QEMU_OPTION_g ,
    "-g WxH[xDEPTH]  Set the initial graphical resolution and depth\n",
    QEMU_ARCH_PPC | QEMU_ARCH_SPARC | QEMU_ARCH_M68K)
SRST
``-g widthxheight[xdepth]``
    Initial screen resolution and colour depth (PPC, SPARC and M68K).
ERST

ARCHHEADING(, QEMU_ARCH_I386)

ARCHHEADING(i386 target only:, QEMU_ARCH_I386)

DEF("win2k-hack", 0, QEMU_OPTION_win2k_hack,
    "-win2k-hack     use it when installing Windows 2000 to avoid a disk full bug\n",
    QEMU_ARCH_I386)
SRST
``-win2k-hack``
    Slow down IDE transfers so that the Windows 2000 installer does not
    wrongly report a full disk.
ERST

DEF("no-fd-bootchk", 0, QEMU_OPTION_no_fd_bootchk,
    "-no-fd-bootchk  disable boot signature checking for floppy disks\n",
    QEMU_ARCH_I386)
SRST
``-no-fd-bootchk``
    Let the BIOS boot floppies that lack the boot signature.
ERST

DEF("no-acpi", 0, QEMU_OPTION_no_acpi,
    "-no-acpi        disable ACPI\n", QEMU_ARCH_I386 | QEMU_ARCH_ARM)
SRST
``-no-acpi``
    Do not give the guest ACPI tables.  Deprecated: use
    ``-machine acpi=off``.
ERST

DEF("no-hpet", 0, QEMU_OPTION_no_hpet,
    "-no-hpet        disable HPET\n", QEMU_ARCH_I386)
SRST
``-no-hpet``
    Do not create the HPET timer.  Deprecated: use ``-machine hpet=off``.
ERST

DEF("acpitable", HAS_ARG, QEMU_OPTION_acpitable,
    "-acpitable [sig=str][,rev=n][,oem_id=str][,oem_table_id=str][,oem_rev=n][,asl_compiler_id=str][,asl_compiler_rev=n][,{data|file}=file1[:file2]...]\n"
    "                add an ACPI table\n", QEMU_ARCH_I386)
SRST
``-acpitable [sig=str][,rev=n][,oem_id=str][,...][,data=file1[:file2]...]``
    Add an ACPI table.  With ``file=``, the files hold complete tables;
    with ``data=``, they hold the body and the header comes from the
    other options.
ERST

DEF("smbios", HAS_ARG, QEMU_OPTION_smbios,
    "-smbios file=binary\n"
    "                add the SMBIOS entries stored in a file\n"
    "-smbios type=0[,vendor=str][,version=str][,date=str][,release=%d.%d]\n"
    "              [,uefi=on|off]\n"
    "                BIOS information\n"
    "-smbios type=1[,manufacturer=str][,product=str][,version=str][,serial=str]\n"
    "              [,uuid=uuid][,sku=str][,family=str]\n"
    "                system information\n"
    "-smbios type=2[,manufacturer=str][,product=str][,version=str][,serial=str]\n"
    "              [,asset=str][,location=str]\n"
    "                baseboard information\n"
    "-smbios type=3[,manufacturer=str][,version=str][,serial=str][,asset=str]\n"
    "              [,sku=str]\n"
    "                chassis information\n"
    "-smbios type=4[,sock_pfx=str][,manufacturer=str][,version=str][,serial=str]\n"
    "              [,asset=str][,part=str][,max-speed=%d][,current-speed=%d]\n"
    "              [,processor-id=%d]\n"
    "                processor information\n"
    "-smbios type=8[,external_reference=str][,internal_reference=str][,connector_type=%d][,port_type=%d]\n"
    "                port connector information\n"
    "-smbios type=11[,value=str][,path=filename]\n"
    "                OEM strings\n"
    "-smbios type=17[,loc_pfx=str][,bank=str][,manufacturer=str][,serial=str]\n"
    "               [,asset=str][,part=str][,speed=%d]\n"
    "                memory device information\n"
    "-smbios type=41[,designation=str][,kind=str][,instance=%d][,pcidev=str]\n"
    "                onboard device information\n",
    QEMU_ARCH_I386 | QEMU_ARCH_ARM | QEMU_ARCH_LOONGARCH)
SRST
``-smbios file=binary``
    Add the SMBIOS entries stored in ``binary``.

``-smbios type=N[,field=value[,...]]``
    Set fields of the SMBIOS structure of type ``N`` (0 BIOS, 1 system,
    2 baseboard, 3 chassis, 4 processor, 8 port connector, 11 OEM
    strings, 17 memory device, 41 onboard device).  Type 11 may be given
    several times; each ``value`` or ``path`` adds one string.
ERST

DEFHEADING()

DEFHEADING(Network options:)

DEF("netdev", HAS_ARG, QEMU_OPTION_netdev,
    "-netdev user,id=str[,ipv4=on|off][,net=addr[/mask]][,host=addr]\n"
    "         [,ipv6=on|off][,ipv6-net=addr[/int]][,ipv6-host=addr]\n"
    "         [,restrict=on|off][,hostname=host][,dhcpstart=addr]\n"
    "         [,dns=addr][,ipv6-dns=addr][,dnssearch=domain][,domainname=domain]\n"
    "         [,tftp=dir][,tftp-server-name=name][,bootfile=f][,hostfwd=rule][,guestfwd=rule][,smb=dir[,smbserver=addr]]\n"
    "                user-mode network stack with NAT, DHCP and DNS\n"
    "                (needs no privileges)\n"
    "-netdev tap,id=str[,fd=h][,fds=x:y:...:z][,ifname=name][,script=file][,downscript=dfile]\n"
    "         [,br=bridge][,helper=helper][,sndbuf=nbytes][,vnet_hdr=on|off][,vhost=on|off]\n"
    "         [,vhostfd=h][,vhostfds=x:y:...:z][,vhostforce=on|off][,queues=n]\n"
    "         [,poll-us=n]\n"
    "                host TAP interface, set up by 'script' and torn down\n"
    "                by 'downscript' ('no' to run none), or already open 'fd'\n"
    "-netdev bridge,id=str[,br=bridge][,helper=helper]\n"
    "                host TAP interface added to bridge 'br' by 'helper'\n"
    "-netdev l2tpv3,id=str,src=srcaddr,dst=dstaddr[,srcport=srcport][,dstport=dstport]\n"
    "         [,rxsession=rxsession],txsession=txsession[,ipv6=on|off][,udp=on|off]\n"
    "         [,cookie64=on|off][,counter][,pincounter][,txcookie=txcookie]\n"
    "         [,rxcookie=rxcookie][,offset=offset]\n"
    "                Ethernet over a static L2TPv3 pseudowire\n"
    "-netdev socket,id=str[,fd=h][,listen=[host]:port][,connect=host:port]\n"
    "                Ethernet frames over a TCP connection\n"
    "-netdev socket,id=str[,fd=h][,mcast=maddr:port[,localaddr=addr]]\n"
    "                Ethernet frames over UDP multicast\n"
    "-netdev socket,id=str[,fd=h][,udp=host:port][,localaddr=host:port]\n"
    "                Ethernet frames over a UDP tunnel\n"
    "-netdev stream,id=str[,server=on|off],addr.type=inet,addr.host=host,addr.port=port[,to=maxport][,numeric=on|off][,keep-alive=on|off][,mptcp=on|off][,addr.ipv4=on|off][,addr.ipv6=on|off][,reconnect=seconds]\n"
    "-netdev stream,id=str[,server=on|off],addr.type=unix,addr.path=path[,abstract=on|off][,tight=on|off][,reconnect=seconds]\n"
    "-netdev stream,id=str[,server=on|off],addr.type=fd,addr.str=file-descriptor[,reconnect=seconds]\n"
    "                Ethernet frames over a stream socket\n"
    "-netdev dgram,id=str,remote.type=inet,remote.host=maddr,remote.port=port[,local.type=inet,local.host=addr]\n"
    "-netdev dgram,id=str,remote.type=inet,remote.host=maddr,remote.port=port[,local.type=fd,local.str=file-descriptor]\n"
    "                Ethernet frames over UDP multicast\n"
    "-netdev dgram,id=str,local.type=inet,local.host=addr,local.port=port[,remote.type=inet,remote.host=addr,remote.port=port]\n"
    "-netdev dgram,id=str,local.type=unix,local.path=path[,remote.type=unix,remote.path=path]\n"
    "-netdev dgram,id=str,local.type=fd,local.str=file-descriptor\n"
    "                Ethernet frames over a datagram socket\n"
    "-netdev vhost-user,id=str,chardev=dev[,vhostforce=on|off]\n"
    "                vhost-user backend reached through chardev 'dev'\n"
    "-netdev vhost-vdpa,id=str[,vhostdev=/path/to/dev][,vhostfd=h]\n"
    "                vhost-vdpa device\n"
    "-netdev hubport,id=str,hubid=n[,netdev=nd]\n"
    "                port of the emulated hub 'n'\n", QEMU_ARCH_ALL)
DEF("nic", HAS_ARG, QEMU_OPTION_nic,
    "-nic [tap|bridge|user|l2tpv3|vhost-user|socket][,option][,...][mac=macaddr]\n"
    "                create the board's default NIC (model=, mac=) and its\n"
    "                network backend in one go\n"
    "-nic none       use it alone to have zero network devices (the default is to\n"
    "                have one NIC with a 'user' backend)\n",
    QEMU_ARCH_ALL)
DEF("net", HAS_ARG, QEMU_OPTION_net,
    "-net nic[,macaddr=mac][,model=type][,name=str][,addr=str][,vectors=v]\n"
    "                create a NIC connected to hub 0 (legacy; prefer -nic)\n"
    "-net [user|tap|bridge|socket][,option][,option][,...]\n"
    "                create a backend connected to hub 0 (legacy; prefer\n"
    "                -netdev)\n", QEMU_ARCH_ALL)
SRST
``-nic type[,option[,...]][,mac=macaddr][,model=model]``
    Create the board's default network card (or ``model``) together with
    a network backend of type ``type``, whose options are those of
    ``-netdev``.  ``-nic none`` creates no network card at all; without
    any network option the board gets one card with a ``user`` backend.

``-netdev user,id=id[,option[,...]]``
    A network stack inside the emulator: the guest gets an address by
    DHCP, can reach the outside through NAT, and needs no privileges.
    Useful options:

    ``net=addr[/mask]``, ``host=addr``, ``dns=addr``
        The guest network (10.0.2.0/24 by default), and the addresses of
        the host and of the DNS server inside it.

    ``restrict=on|off``
        Cut the guest off from the host and the outside.

    ``hostfwd=[tcp|udp]:[hostaddr]:hostport-[guestaddr]:guestport``
        Forward connections to a host port to the guest.  May be
        repeated.

    ``guestfwd=[tcp]:server:port-dev``
        Forward guest connections to ``server:port`` to a character
        device.

    ``tftp=dir``, ``bootfile=file``
        Serve ``dir`` by TFTP and offer ``file`` as the BOOTP file name.

``-netdev tap,id=id[,fd=h][,ifname=name][,script=file][,downscript=dfile][,br=bridge][,helper=helper]``
    Connect to a host TAP interface.  The ``script`` and ``downscript``
    programs configure and deconfigure it; ``no`` runs none.  ``fd``
    uses an interface that is already open.

``-netdev bridge,id=id[,br=bridge][,helper=helper]``
    Create a TAP interface and add it to a host bridge, using the setuid
    bridge helper.

``-netdev socket,...``, ``-netdev stream,...``, ``-netdev dgram,...``
    Exchange Ethernet frames with another emulator over a TCP
    connection, a stream socket, UDP or a datagram socket.

``-netdev l2tpv3,...``
    Exchange Ethernet frames over a static L2TPv3 tunnel (RFC 3931).

``-netdev vhost-user,chardev=id[,vhostforce=on|off][,queues=n]``
    Hand the data path to another process over a vhost-user socket.

``-netdev vhost-vdpa[,vhostdev=/path/to/dev][,vhostfd=h]``
    Use a vDPA device of the host.

``-netdev hubport,id=id,hubid=hubid[,netdev=nd]``
    Create a port on the emulated hub ``hubid``.

``-net nic[,netdev=nd][,macaddr=mac][,model=type][,name=name][,addr=addr][,vectors=v]``
    Legacy: create a network card connected to hub 0 or to ``nd``.

``-net type[,...][,name=name]``
    Legacy: create a backend connected to hub 0.
ERST

DEFHEADING()

DEFHEADING(Character device options:)

DEF("chardev", HAS_ARG, QEMU_OPTION_chardev,
    "-chardev help\n"
    "-chardev null,id=id[,mux=on|off][,logfile=PATH][,logappend=on|off]\n"
    "-chardev socket,id=id[,host=host],port=port[,to=to][,ipv4=on|off][,ipv6=on|off][,nodelay=on|off]\n"
    "         [,server=on|off][,wait=on|off][,telnet=on|off][,websocket=on|off][,reconnect=seconds][,mux=on|off]\n"
    "         [,logfile=PATH][,logappend=on|off][,tls-creds=ID][,tls-authz=ID] (tcp)\n"
    "-chardev socket,id=id,path=path[,server=on|off][,wait=on|off][,telnet=on|off][,websocket=on|off][,reconnect=seconds]\n"
    "         [,mux=on|off][,logfile=PATH][,logappend=on|off][,abstract=on|off][,tight=on|off] (unix)\n"
    "-chardev udp,id=id[,host=host],port=port[,localaddr=localaddr]\n"
    "         [,localport=localport][,ipv4=on|off][,ipv6=on|off][,mux=on|off]\n"
    "         [,logfile=PATH][,logappend=on|off]\n"
    "-chardev msmouse,id=id[,mux=on|off][,logfile=PATH][,logappend=on|off]\n"
    "-chardev vc,id=id[[,width=width][,height=height]][[,cols=cols][,rows=rows]]\n"
    "         [,mux=on|off][,logfile=PATH][,logappend=on|off]\n"
    "-chardev ringbuf,id=id[,size=size][,logfile=PATH][,logappend=on|off]\n"
    "-chardev file,id=id,path=path[,input-path=input-file][,mux=on|off][,logfile=PATH][,logappend=on|off]\n"
    "-chardev pipe,id=id,path=path[,mux=on|off][,logfile=PATH][,logappend=on|off]\n"
    "-chardev pty,id=id[,mux=on|off][,logfile=PATH][,logappend=on|off]\n"
    "-chardev stdio,id=id[,mux=on|off][,signal=on|off][,logfile=PATH][,logappend=on|off]\n"
    "-chardev serial,id=id,path=path[,mux=on|off][,logfile=PATH][,logappend=on|off]\n"
    "-chardev parallel,id=id,path=path[,mux=on|off][,logfile=PATH][,logappend=on|off]\n",
    QEMU_ARCH_ALL)
SRST
``-chardev backend,id=id[,mux=on|off][,logfile=path][,logappend=on|off][,options]``
    Create a character device: a byte stream that serial ports, monitors
    and other front ends connect to by ``id``.  ``-chardev help`` lists
    the backends.  With ``mux=on`` several front ends share the device
    and Ctrl-a c switches between them.  ``logfile`` copies everything
    the backend sends to a file.  The backends:

    ``null``
        Discards output and never produces input.

    ``socket``
        A TCP (``host``, ``port``) or Unix (``path``) stream socket.
        ``server=on`` listens instead of connecting, and ``wait=off``
        does not wait for the first client.  ``reconnect`` retries a
        lost client connection after that many seconds.

    ``udp``
        Sends to ``host:port`` and receives on ``localaddr:localport``.

    ``ringbuf``
        Keeps the last ``size`` bytes (64K by default) in memory.

    ``file``
        Writes to ``path``; reads from ``input-path`` if given.

    ``pipe``
        Uses the named pipes ``path.in`` and ``path.out``.

    ``pty``
        Creates a pseudo-terminal and prints its name.

    ``stdio``
        The emulator's standard input and output; ``signal=off`` passes
        Ctrl-c to the guest.

    ``serial``, ``parallel``
        A host serial or parallel port device.

    ``vc``, ``msmouse``
        A text console of a graphical display, and a serial mouse.
ERST

DEFHEADING()

DEFHEADING(Boot Image or Kernel specific:)

DEF("bios", HAS_ARG, QEMU_OPTION_bios, \
    "-bios file      set the filename for the BIOS\n", QEMU_ARCH_ALL)
SRST
``-bios file``
    Load ``file`` as the firmware.  On riscv64 boards this is the M-mode
    firmware (OpenSBI by default), and ``-bios none`` loads none.
ERST

DEF("pflash", HAS_ARG, QEMU_OPTION_pflash,
    "-pflash file    use 'file' as a parallel flash image\n", QEMU_ARCH_ALL)
SRST
``-pflash file``
    Use ``file`` as the next parallel flash device; it must have the
    size the board expects.
ERST

DEF("kernel", HAS_ARG, QEMU_OPTION_kernel, \
    "-kernel bzImage use 'bzImage' as kernel image\n", QEMU_ARCH_ALL)
SRST
``-kernel file``
    Load ``file`` as the kernel and start it the way the architecture's
    Linux boot protocol says.
ERST

DEF("append", HAS_ARG, QEMU_OPTION_append, \
    "-append cmdline use 'cmdline' as kernel command line\n", QEMU_ARCH_ALL)
SRST
``-append cmdline``
    Pass ``cmdline`` to the kernel as its command line.
ERST

DEF("initrd", HAS_ARG, QEMU_OPTION_initrd, \
           "-initrd file    use 'file' as initial ram disk\n", QEMU_ARCH_ALL)
SRST
``-initrd file``
    Load ``file`` as the initial RAM disk of the kernel.
ERST

DEF("dtb", HAS_ARG, QEMU_OPTION_dtb, \
    "-dtb    file    use 'file' as device tree image\n", QEMU_ARCH_ALL)
SRST
``-dtb file``
    Give the kernel the device tree blob ``file`` instead of the one the
    board generates.
ERST

DEFHEADING()

DEFHEADING(Debug/Expert options:)

DEF("compat", HAS_ARG, QEMU_OPTION_compat,
    "-compat [deprecated-input=accept|reject|crash][,deprecated-output=accept|hide]\n"
    "                how to treat deprecated management interfaces\n"
    "-compat [unstable-input=accept|reject|crash][,unstable-output=accept|hide]\n"
    "                how to treat unstable management interfaces\n",
    QEMU_ARCH_ALL)
SRST
``-compat [deprecated-input=policy][,deprecated-output=policy][,unstable-input=policy][,unstable-output=policy]``
    Choose how QMP treats deprecated and unstable commands and
    arguments: accept them (the default), reject them, or crash; and
    whether it shows or hides deprecated and unstable results and
    events.  Meant for testing management software.
ERST

DEF("fw_cfg", HAS_ARG, QEMU_OPTION_fwcfg,
    "-fw_cfg [name=]<name>,file=<file>\n"
    "                add fw_cfg item 'name' with the contents of 'file'\n"
    "-fw_cfg [name=]<name>,string=<str>\n"
    "                add fw_cfg item 'name' with the text 'str'\n",
    QEMU_ARCH_ALL)
SRST
``-fw_cfg [name=]name,file=file``, ``-fw_cfg [name=]name,string=str``
    Add an item to the firmware configuration device, taken from a file
    or from a string (without its terminating NUL).  Names of items
    added by users should start with ``opt/``.
ERST

DEF("serial", HAS_ARG, QEMU_OPTION_serial, \
    "-serial dev     redirect the serial port to char device 'dev'\n",
    QEMU_ARCH_ALL)
SRST
``-serial dev``
    Connect the next serial port to the character device ``dev``, given
    in the short form: ``stdio``, ``null``, ``none``, ``pty``,
    ``file:path``, ``pipe:path``, ``tcp:[host]:port[,server=on|off]``,
    ``telnet:host:port[,...]``, ``unix:path[,...]``,
    ``udp:[host]:port[@[srcip]:srcport]``, ``/dev/ttyS0``,
    ``chardev:id`` (a ``-chardev``) or ``mon:dev`` (shared with the
    monitor).  The option may be repeated.  ``-serial none`` disables
    the serial ports.
ERST

DEF("parallel", HAS_ARG, QEMU_OPTION_parallel, \
    "-parallel dev   redirect the parallel port to char device 'dev'\n",
    QEMU_ARCH_ALL)
SRST
``-parallel dev``
    Connect the next parallel port to ``dev`` (as for ``-serial``);
    ``-parallel none`` disables the parallel ports.
ERST

DEF("monitor", HAS_ARG, QEMU_OPTION_monitor, \
    "-monitor dev    redirect the monitor to char device 'dev'\n",
    QEMU_ARCH_ALL)
SRST
``-monitor dev``
    Run the human monitor (HMP) on ``dev`` (as for ``-serial``);
    ``-monitor none`` disables the default monitor.
ERST

DEF("qmp", HAS_ARG, QEMU_OPTION_qmp, \
    "-qmp dev        like -monitor but opens in 'control' mode\n",
    QEMU_ARCH_ALL)
SRST
``-qmp dev``
    Run a QMP monitor on ``dev``, for example
    ``-qmp unix:/tmp/qmp.sock,server=on,wait=off``.
ERST

DEF("qmp-pretty", HAS_ARG, QEMU_OPTION_qmp_pretty, \
    "-qmp-pretty dev like -qmp but uses pretty JSON formatting\n",
    QEMU_ARCH_ALL)
SRST
``-qmp-pretty dev``
    Like ``-qmp``, with the JSON output indented.
ERST

DEF("mon", HAS_ARG, QEMU_OPTION_mon, \
    "-mon [chardev=]name[,mode=readline|control][,pretty[=on|off]]\n",
    QEMU_ARCH_ALL)
SRST
``-mon [chardev=]name[,mode=readline|control][,pretty[=on|off]]``
    Run a monitor on the character device ``name``: the human monitor
    (``mode=readline``, the default) or QMP (``mode=control``, where
    ``pretty=on`` indents the JSON).
ERST

DEF("debugcon", HAS_ARG, QEMU_OPTION_debugcon, \
    "-debugcon dev   redirect the debug console to char device 'dev'\n",
    QEMU_ARCH_ALL)
SRST
``-debugcon dev``
    Connect the debug console I/O port (0xe9 on x86) to ``dev``.
ERST

DEF("pidfile", HAS_ARG, QEMU_OPTION_pidfile, \
    "-pidfile file   write PID to 'file'\n", QEMU_ARCH_ALL)
SRST
``-pidfile file``
    Write the process ID to ``file``, which is locked while the emulator
    runs and removed when it exits.
ERST

DEF("singlestep", 0, QEMU_OPTION_singlestep, \
    "-singlestep     deprecated synonym for -accel tcg,one-insn-per-tb=on\n", QEMU_ARCH_ALL)
SRST
``-singlestep``
    Deprecated: use ``-accel tcg,one-insn-per-tb=on``.
ERST

DEF("preconfig", 0, QEMU_OPTION_preconfig, \
    "--preconfig     pause QEMU before machine is initialized (experimental)\n",
    QEMU_ARCH_ALL)
SRST
``--preconfig``
    Stop before the machine is built, so that QMP commands can configure
    it; ``x-exit-preconfig`` continues.  Experimental.
ERST

DEF("S", 0, QEMU_OPTION_S, \
    "-S              freeze CPU at startup (use 'c' to start execution)\n",
    QEMU_ARCH_ALL)
SRST
``-S``
    Do not start the CPUs; the monitor command ``c`` (QMP ``cont``)
    starts them.
ERST

DEF("overcommit", HAS_ARG, QEMU_OPTION_overcommit,
    "-overcommit [mem-lock=on|off][cpu-pm=on|off]\n"
    "                hints about host resource overcommit\n"
    "                mem-lock=on locks guest memory in host RAM (default: off)\n"
    "                cpu-pm=on lets the guest idle host CPUs (default: off)\n",
    QEMU_ARCH_ALL)
SRST
``-overcommit mem-lock=on|off``, ``-overcommit cpu-pm=on|off``
    Tell the emulator that host resources are not overcommitted:
    ``mem-lock=on`` locks all memory in host RAM and ``cpu-pm=on`` lets
    the guest put host CPUs in power-saving states.  Both are off by
    default.
ERST

DEF("gdb", HAS_ARG, QEMU_OPTION_gdb, \
    "-gdb dev        accept gdb connection on 'dev'. (QEMU defaults to starting\n"
    "                the guest at once; add -S to wait for 'continue')\n",
    QEMU_ARCH_ALL)
SRST
``-gdb dev``
    Wait for a GDB connection on the character device ``dev``, for
    example ``-gdb tcp::1234``.  The guest runs meanwhile; add ``-S`` to
    keep it stopped until GDB continues it.
ERST

DEF("s", 0, QEMU_OPTION_s, \
    "-s              shorthand for -gdb tcp::1234\n",
    QEMU_ARCH_ALL)
SRST
``-s``
    Same as ``-gdb tcp::1234``.
ERST

DEF("d", HAS_ARG, QEMU_OPTION_d, \
    "-d item1,...    enable logging of specified items (use '-d help' for a list of log items)\n",
    QEMU_ARCH_ALL)
SRST
``-d item1[,...]``
    Log the given items; ``-d help`` lists them.
ERST

DEF("D", HAS_ARG, QEMU_OPTION_D, \
    "-D logfile      output log to logfile (default stderr)\n",
    QEMU_ARCH_ALL)
SRST
``-D logfile``
    Write the ``-d`` log to ``logfile`` instead of standard error.
ERST

DEF("dfilter", HAS_ARG, QEMU_OPTION_DFILTER, \
    "-dfilter range,..  filter debug output to range of addresses (useful for -d cpu,exec,etc..)\n",
    QEMU_ARCH_ALL)
SRST
``-dfilter range1[,...]``
    Log only what concerns the given guest address ranges, each written
    ``start+size``, ``start-size`` or ``start..end``.
ERST

DEF("seed", HAS_ARG, QEMU_OPTION_seed, \
    "-seed number       seed the pseudo-random number generator\n",
    QEMU_ARCH_ALL)
SRST
``-seed number``
    Make the guest's random number sources deterministic, seeded with
    ``number``.  Host cryptography is not affected.
ERST

DEF("L", HAS_ARG, QEMU_OPTION_L, \
    "-L path         set the directory for the BIOS, VGA BIOS and keymaps\n",
    QEMU_ARCH_ALL)
SRST
``-L path``
    Add ``path`` to the directories searched for firmware and keymaps;
    ``-L help`` lists the directories.
ERST

DEF("enable-kvm", 0, QEMU_OPTION_enable_kvm, \
    "-enable-kvm     enable KVM full virtualization support\n",
    QEMU_ARCH_ARM | QEMU_ARCH_I386 | QEMU_ARCH_MIPS | QEMU_ARCH_PPC |
    QEMU_ARCH_RISCV | QEMU_ARCH_S390X)
SRST
``-enable-kvm``
    Same as ``-accel kvm``.
ERST

DEF("xen-domid", HAS_ARG, QEMU_OPTION_xen_domid,
    "-xen-domid id   specify xen guest domain id\n",
    QEMU_ARCH_ARM | QEMU_ARCH_I386)
DEF("xen-attach", 0, QEMU_OPTION_xen_attach,
    "-xen-attach     attach to existing xen domain\n"
    "                (used by libxl)\n",
    QEMU_ARCH_ARM | QEMU_ARCH_I386)
DEF("xen-domid-restrict", 0, QEMU_OPTION_xen_domid_restrict,
    "-xen-domid-restrict     restrict set of available xen operations\n"
    "                        to those on the given domain\n",
    QEMU_ARCH_ARM | QEMU_ARCH_I386)
SRST
``-xen-domid id``, ``-xen-attach``, ``-xen-domid-restrict``
    Xen only: the guest domain, attaching to an existing domain, and
    limiting the Xen operations to that domain.
ERST

DEF("no-reboot", 0, QEMU_OPTION_no_reboot, \
    "-no-reboot      exit instead of rebooting\n", QEMU_ARCH_ALL)
SRST
``-no-reboot``
    Exit when the guest reboots.
ERST

DEF("no-shutdown", 0, QEMU_OPTION_no_shutdown, \
    "-no-shutdown    stop before shutdown\n", QEMU_ARCH_ALL)
SRST
``-no-shutdown``
    When the guest powers off, stop it but keep the emulator running.
ERST

DEF("action", HAS_ARG, QEMU_OPTION_action,
    "-action reboot=reset|shutdown\n"
    "                   what a guest reboot does [default=reset]\n"
    "-action shutdown=poweroff|pause\n"
    "                   what a guest shutdown does [default=poweroff]\n"
    "-action panic=pause|shutdown|exit-failure|none\n"
    "                   what a guest panic does [default=shutdown]\n"
    "-action watchdog=reset|shutdown|poweroff|inject-nmi|pause|debug|none\n"
    "                   what a watchdog expiry does [default=reset]\n",
    QEMU_ARCH_ALL)
SRST
``-action event=action[,...]``
    Choose what happens when the guest reboots, shuts down or panics,
    or a watchdog expires.  For example ``-action reboot=shutdown`` is
    ``-no-reboot``, and ``-action panic=exit-failure`` makes a guest
    panic end the emulator with status 1.
ERST

DEF("loadvm", HAS_ARG, QEMU_OPTION_loadvm, \
    "-loadvm [tag|id]\n" \
    "                start from the saved VM state 'tag'\n",
    QEMU_ARCH_ALL)
SRST
``-loadvm tag``
    Start from a saved VM snapshot, as the monitor command ``loadvm``.
ERST

DEF("daemonize", 0, QEMU_OPTION_daemonize, \
    "-daemonize      daemonize QEMU after initializing\n", QEMU_ARCH_ALL)
SRST
``-daemonize``
    Go to the background once start-up has succeeded.  The parent
    process exits only then, with status 0, or with 1 if start-up
    failed, so that scripts need no polling.
ERST

DEF("option-rom", HAS_ARG, QEMU_OPTION_option_rom, \
    "-option-rom rom load a file, rom, into the option ROM space\n",
    QEMU_ARCH_ALL)
SRST
``-option-rom file``
    Load ``file`` as an option ROM.
ERST

DEF("rtc", HAS_ARG, QEMU_OPTION_rtc, \
    "-rtc [base=utc|localtime|<datetime>][,clock=host|rt|vm][,driftfix=none|slew]\n" \
    "                start time and clock of the RTC; driftfix=slew\n"
    "                catches up with lost timer ticks (x86 only)\n",
    QEMU_ARCH_ALL)
SRST
``-rtc [base=utc|localtime|datetime][,clock=host|rt|vm][,driftfix=none|slew]``
    Set the real-time clock: it starts at the current UTC time (the
    default), local time or the given ``2006-06-17T16:01:21``, and
    follows the host clock, a monotonic host clock (``rt``) or the
    virtual clock (``vm``, which stops with the guest).
ERST

DEF("icount", HAS_ARG, QEMU_OPTION_icount, \
    "-icount [shift=N|auto][,align=on|off][,sleep=on|off][,rr=record|replay,rrfile=<filename>[,rrsnapshot=<snapshot>]]\n" \
    "                derive guest time from the number of instructions\n"
    "                run (2^N ns each), and optionally record or replay\n"
    "                the execution\n", QEMU_ARCH_ALL)
SRST
``-icount [shift=N|auto][,align=on|off][,sleep=on|off][,rr=record|replay,rrfile=filename[,rrsnapshot=snapshot]]``
    Count instructions and advance the virtual clock by 2^N ns for each
    one, which makes runs reproducible (but not cycle accurate).
    ``sleep=off`` skips idle time; ``rr`` records a run to ``rrfile`` or
    replays it.
ERST

DEF("watchdog-action", HAS_ARG, QEMU_OPTION_watchdog_action, \
    "-watchdog-action reset|shutdown|poweroff|inject-nmi|pause|debug|none\n" \
    "                what a watchdog expiry does [default=reset]\n",
    QEMU_ARCH_ALL)
SRST
``-watchdog-action action``
    Same as ``-action watchdog=action``.
ERST

DEF("echr", HAS_ARG, QEMU_OPTION_echr, \
    "-echr chr       set terminal escape character instead of ctrl-a\n",
    QEMU_ARCH_ALL)
SRST
``-echr numeric_ascii_value``
    Use another escape key than Ctrl-a for multiplexed character
    devices; 1 to 26 stand for Ctrl-a to Ctrl-z (``-echr 20`` is
    Ctrl-t).
ERST

DEF("incoming", HAS_ARG, QEMU_OPTION_incoming, \
    "-incoming tcp:[host]:port[,to=maxport][,ipv4=on|off][,ipv6=on|off]\n" \
    "-incoming rdma:host:port[,ipv4=on|off][,ipv6=on|off]\n" \
    "-incoming unix:socketpath\n" \
    "                wait for an incoming migration on a socket\n" \
    "-incoming fd:fd\n" \
    "-incoming file:filename[,offset=offset]\n" \
    "-incoming exec:cmdline\n" \
    "                read an incoming migration from a file descriptor,\n" \
    "                a file or the output of a command\n" \
    "-incoming defer\n" \
    "                wait for the QMP command migrate-incoming\n",
    QEMU_ARCH_ALL)
SRST
``-incoming uri``
    Start by receiving the state of a migrating VM from ``uri``: a TCP,
    RDMA or Unix socket to listen on, an inherited file descriptor, a
    file, or the output of a shell command.  ``defer`` waits for the
    QMP command ``migrate-incoming``.
ERST

DEF("only-migratable", 0, QEMU_OPTION_only_migratable, \
    "-only-migratable     allow only migratable devices\n", QEMU_ARCH_ALL)
SRST
``-only-migratable``
    Refuse devices and settings that would prevent migration.
ERST

DEF("nodefaults", 0, QEMU_OPTION_nodefaults, \
    "-nodefaults     don't create default devices\n", QEMU_ARCH_ALL)
SRST
``-nodefaults``
    Create none of the default devices (serial port, monitor, network
    card, display...); only what the command line asks for.
ERST

DEF("chroot", HAS_ARG, QEMU_OPTION_chroot, \
    "-chroot dir     chroot to dir just before starting the VM (deprecated)\n",
    QEMU_ARCH_ALL)
SRST
``-chroot dir``
    Deprecated: use ``-run-with chroot=dir``.
ERST

DEF("runas", HAS_ARG, QEMU_OPTION_runas, \
    "-runas user     change to user id user just before starting the VM\n" \
    "                ('user' may also be a numeric uid:gid)\n",
    QEMU_ARCH_ALL)
SRST
``-runas user``
    Drop root privileges and become ``user`` just before the guest
    starts.
ERST

DEF("prom-env", HAS_ARG, QEMU_OPTION_prom_env,
    "-prom-env variable=value\n"
    "                set an OpenBIOS NVRAM variable\n",
    QEMU_ARCH_PPC | QEMU_ARCH_SPARC)
SRST
``-prom-env variable=value``
    Set an OpenBIOS NVRAM variable (PPC and SPARC).
ERST

DEF("semihosting", 0, QEMU_OPTION_semihosting,
    "-semihosting    semihosting mode\n",
    QEMU_ARCH_ARM | QEMU_ARCH_M68K | QEMU_ARCH_XTENSA |
    QEMU_ARCH_MIPS | QEMU_ARCH_NIOS2 | QEMU_ARCH_RISCV)
SRST
``-semihosting``
    Let the guest make semihosting calls (console and file I/O on the
    host).  This gives the guest access to host files: use it only with
    trusted guests.
ERST

DEF("semihosting-config", HAS_ARG, QEMU_OPTION_semihosting_config,
    "-semihosting-config [enable=on|off][,target=native|gdb|auto][,chardev=id][,userspace=on|off][,arg=str[,...]]\n" \
    "                configure semihosting\n",
    QEMU_ARCH_ARM | QEMU_ARCH_M68K | QEMU_ARCH_XTENSA |
    QEMU_ARCH_MIPS | QEMU_ARCH_NIOS2 | QEMU_ARCH_RISCV)
SRST
``-semihosting-config [enable=on|off][,target=native|gdb|auto][,chardev=id][,userspace=on|off][,arg=str[,...]]``
    Enable and configure semihosting: whether calls are served by the
    emulator or forwarded to GDB, the character device for console
    output, whether user mode may make calls, and the argument list.
ERST

DEF("old-param", 0, QEMU_OPTION_old_param,
    "-old-param      old param mode\n", QEMU_ARCH_ARM)
SRST
``-old-param``
    Pass the kernel command line the old way (Arm only).
ERST

DEF("sandbox", HAS_ARG, QEMU_OPTION_sandbox, \
    "-sandbox on[,obsolete=allow|deny][,elevateprivileges=allow|deny|children]\n" \
    "          [,spawn=allow|deny][,resourcecontrol=allow|deny]\n" \
    "                restrict the system calls the process may make\n" \
    "                (seccomp; off by default); each option allows or\n" \
    "                denies one group of calls\n",
    QEMU_ARCH_ALL)
SRST
``-sandbox on|off[,obsolete=allow|deny][,elevateprivileges=allow|deny|children][,spawn=allow|deny][,resourcecontrol=allow|deny]``
    Install a seccomp filter that forbids system calls the emulator does
    not need.  The sub-options deny obsolete calls, calls that change
    user or group IDs (``children`` denies them in the main process
    only), creating processes, and changing CPU affinity or scheduling.
ERST

DEF("readconfig", HAS_ARG, QEMU_OPTION_readconfig,
    "-readconfig <file>\n"
    "                read options from a configuration file\n", QEMU_ARCH_ALL)
SRST
``-readconfig file``
    Read option groups from ``file``, an INI-like file in which each
    section is an option and its id.
ERST

DEF("no-user-config", 0, QEMU_OPTION_nouserconfig,
    "-no-user-config\n"
    "                skip the configuration files of the system directory\n",
    QEMU_ARCH_ALL)
SRST
``-no-user-config``
    Do not read the default configuration files.
ERST

DEF("trace", HAS_ARG, QEMU_OPTION_trace,
    "-trace [[enable=]<pattern>][,events=<file>][,file=<file>]\n"
    "                enable trace events\n",
    QEMU_ARCH_ALL)
SRST
``-trace [[enable=]pattern][,events=file][,file=file]``
    Enable the trace events whose names match ``pattern``, or those
    listed in ``events``; ``file`` is where the trace is written.
ERST

DEF("plugin", HAS_ARG, QEMU_OPTION_plugin,
    "-plugin [file=]<file>[,<argname>=<argvalue>]\n"
    "                load a TCG plugin\n",
    QEMU_ARCH_ALL)
SRST
``-plugin file=file[,argname=argvalue]``
    Load a TCG plugin from a shared library and pass it the arguments.
ERST

HXCOMM Internal use
DEF("qtest", HAS_ARG, QEMU_OPTION_qtest, "", QEMU_ARCH_ALL)
DEF("qtest-log", HAS_ARG, QEMU_OPTION_qtest_log, "", QEMU_ARCH_ALL)

DEF("async-teardown", 0, QEMU_OPTION_asyncteardown,
    "-async-teardown enable asynchronous teardown\n",
    QEMU_ARCH_ALL)
SRST
``-async-teardown``
    Deprecated: use ``-run-with async-teardown=on``.
ERST

DEF("run-with", HAS_ARG, QEMU_OPTION_run_with,
    "-run-with [async-teardown=on|off][,chroot=dir]\n"
    "                process lifecycle settings:\n"
    "                async-teardown=on frees guest memory in a helper\n"
    "                process after exit (Linux only)\n"
    "                chroot=dir change root to dir before the guest starts\n",
    QEMU_ARCH_ALL)
SRST
``-run-with [async-teardown=on|off][,chroot=dir]``
    ``async-teardown=on`` lets the emulator exit at once while a helper
    process releases the guest memory.  ``chroot=dir`` changes the root
    directory just before the guest starts.
ERST

DEF("msg", HAS_ARG, QEMU_OPTION_msg,
    "-msg [timestamp[=on|off]][,guest-name=[on|off]]\n"
    "                format of error messages\n"
    "                timestamp=on prefix each with the time (default: off)\n"
    "                guest-name=on prefix each with the -name (default: off)\n",
    QEMU_ARCH_ALL)
SRST
``-msg [timestamp[=on|off]][,guest-name[=on|off]]``
    Prefix error messages with a timestamp, and with the guest name set
    by ``-name``.
ERST

DEF("dump-vmstate", HAS_ARG, QEMU_OPTION_dump_vmstate,
    "-dump-vmstate <file>\n"
    "                write the migration state description of the machine\n"
    "                to 'file' as JSON, then exit\n",
    QEMU_ARCH_ALL)
SRST
``-dump-vmstate file``
    Write the JSON description of the machine's migration state to
    ``file`` and exit.
ERST

DEF("enable-sync-profile", 0, QEMU_OPTION_enable_sync_profile,
    "-enable-sync-profile\n"
    "                profile locks and condition variables\n",
    QEMU_ARCH_ALL)
SRST
``-enable-sync-profile``
    Collect statistics about waiting on locks.
ERST

DEF("perfmap", 0, QEMU_OPTION_perfmap,
    "-perfmap        generate a /tmp/perf-${pid}.map file for perf\n",
    QEMU_ARCH_ALL)
SRST
``-perfmap``
    Write a symbol map of the translated code for the Linux ``perf``
    tool.
ERST

DEF("jitdump", 0, QEMU_OPTION_jitdump,
    "-jitdump        generate a jit-${pid}.dump file for perf\n",
    QEMU_ARCH_ALL)
SRST
``-jitdump``
    Write a jitdump file describing the translated code for ``perf``.
ERST

DEFHEADING()

DEFHEADING(Generic object creation:)

DEF("object", HAS_ARG, QEMU_OPTION_object,
    "-object TYPENAME[,PROP1=VALUE1,...]\n"
    "                create an object of type TYPENAME with the given\n"
    "                properties, set in order; 'id' is required\n",
    QEMU_ARCH_ALL)
SRST
``-object typename[,prop1=value1,...]``
    Create a user-creatable object, such as a memory backend
    (``memory-backend-ram``, ``memory-backend-file``), a random number
    source (``rng-random``) or a secret.  Properties are set in the
    order given and ``id`` is required; the argument may be a JSON
    object.  ``-object help`` lists the types and
    ``-object typename,help`` their properties.  For example:

    ::

        -object memory-backend-ram,id=ram0,size=1G -machine memory-backend=ram0
ERST
