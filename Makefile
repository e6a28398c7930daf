# SPDX-License-Identifier: GPL-2.0-or-later
#
# A thin wrapper over meson, so the README's two commands are short:
#   make run     install dependencies, build, run the demo
#   make check   install dependencies, build, run every test
# Other targets: all, check-sanitize, coverage, bench, fuzz, install, clean.

BUILD ?= build
SAN_BUILD ?= build-sanitize
COV_BUILD ?= build-coverage
MESON_OPTS ?=
ifdef CI
MESON_OPTS += -Dwerror=true
endif

.PHONY: all deps run check check-sanitize coverage bench fuzz install clean

all: $(BUILD)/build.ninja
	ninja -C $(BUILD)

deps:
	@scripts/install-deps.sh

$(BUILD)/build.ninja:
	meson setup $(BUILD) $(MESON_OPTS)

$(SAN_BUILD)/build.ninja:
	meson setup $(SAN_BUILD) $(MESON_OPTS) -Db_sanitize=address,undefined \
	    -Db_lundef=false

$(COV_BUILD)/build.ninja:
	meson setup $(COV_BUILD) $(MESON_OPTS) -Db_coverage=true

run: deps all
	@scripts/demo.sh $(BUILD)

check: deps all
	@scripts/run-tests.sh $(BUILD)

check-sanitize: deps $(SAN_BUILD)/build.ninja
	ninja -C $(SAN_BUILD)
	@UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	    ASAN_OPTIONS=detect_leaks=1 \
	    MESON_TEST_ARGS="--timeout-multiplier 4" \
	    scripts/run-tests.sh $(SAN_BUILD)

coverage: deps $(COV_BUILD)/build.ninja
	ninja -C $(COV_BUILD)
	-scripts/run-tests.sh $(COV_BUILD)
	gcovr -r . --filter util/ --filter qobject/ --filter qom/ $(COV_BUILD)

bench: deps all
	meson test -C $(BUILD) --benchmark --verbose

# libFuzzer on each parser for FUZZ_SECONDS; new inputs and crash
# reproducers go to $(FUZZ_BUILD)/fuzz-corpus/, never into the seeds.
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS = qemu-opts keyval qemu-config json-streamer

$(FUZZ_BUILD)/build.ninja:
	CC=clang meson setup $(FUZZ_BUILD) -Dfuzzing=true \
	    -Db_sanitize=address,undefined -Db_lundef=false

fuzz: $(FUZZ_BUILD)/build.ninja
	ninja -C $(FUZZ_BUILD)
	set -e; for t in $(FUZZ_TARGETS); do \
	    mkdir -p $(FUZZ_BUILD)/fuzz-corpus/$$t; \
	    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	    $(FUZZ_BUILD)/tests/fuzz/fuzz-$$t -max_total_time=$(FUZZ_SECONDS) \
	        -artifact_prefix=$(FUZZ_BUILD)/fuzz-corpus/$$t- \
	        $(FUZZ_BUILD)/fuzz-corpus/$$t tests/fuzz/corpus/$$t; \
	done

install: all
	meson install -C $(BUILD)

clean:
	rm -rf $(BUILD) $(SAN_BUILD) $(COV_BUILD)
