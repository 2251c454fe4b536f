# Ketenkompas — the README's two commands: `make run` and `make test`.
# Both install what is missing first (scripts/setup.sh).

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
# Build output lives outside the clone, so a fresh clone reuses earlier builds.
export CARGO_TARGET_DIR ?= $(HOME)/.cache/ketenkompas/target
# Incremental caches grow with every change and, in a shared cache, fill the disk; the
# clean builds of `make test` gain little from them.
export CARGO_INCREMENTAL ?= 0
export PATH := $(HOME)/.cargo/bin:$(PATH)
APP_FEATURES := --features ketenkompas-app/custom-protocol
APP_BIN := $(CARGO_TARGET_DIR)/debug/ketenkompas-app

.PHONY: run test setup setup-test ui build-app lint test-rust test-ui test-e2e screenshots bench bindings package sample clean-cache

## Start the app (builds the UI and the app first).
run: setup build-app
	$(APP_BIN) $(DOSSIER)

## Every check and test: formatting, lints, Rust tests, UI tests, end-to-end on the real app.
test: setup-test lint test-rust test-ui build-app test-e2e
	@echo "make test: all checks passed"

setup:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

ui:
	npm --prefix ui run build --silent

build-app: ui
	cargo build -p ketenkompas-app -p ketenkompas-cli $(APP_FEATURES)

# The app crate embeds ui/dist at compile time, so the UI is built before it is compiled.
lint: ui
	cargo fmt --all --check
	cargo clippy --workspace --all-targets $(APP_FEATURES) -- -D warnings
	npm --prefix ui run check --silent
	npm --prefix ui run lint --silent

# Test and program binaries are linked anew with every change and each keeps its copy in
# the shared cache (hundreds of MB each): of each name only the newest stays, so the cache
# cannot fill the disk.
test-rust: ui
	@if [ -d $(CARGO_TARGET_DIR)/debug/deps ]; then \
	  cd $(CARGO_TARGET_DIR)/debug/deps && ls -t | \
	  awk '$$0 ~ /^[a-z0-9_]+-[0-9a-f]+$$/ && match($$0, /-[0-9a-f]+$$/) && RLENGTH == 17 \
	    { name = substr($$0, 1, length($$0) - 17); if (seen[name]++) print }' | \
	  xargs -r rm -f; fi
	cargo test --workspace $(APP_FEATURES)

test-ui:
	npm --prefix ui test --silent

test-e2e:
	xvfb-run -a -s "-screen 0 1280x860x24" node --test --test-concurrency=1 tests/e2e/

## Screenshots of the real app in Dutch and English (tests/e2e/artifacts/).
screenshots: setup-test build-app
	xvfb-run -a -s "-screen 0 1280x860x24" node tests/e2e/screenshots.mjs
	KK_SHOT_SIZE=1920x1080 xvfb-run -a -s "-screen 0 1920x1080x24" node tests/e2e/screenshots.mjs

## Benchmarks of the speed and memory targets, in release builds (figures go to
## docs/PERFORMANCE.md): the core at sizes S to XL, then the real app under Xvfb.
bench: setup-test ui
	cargo run --release -q -p ketenkompas-tests --bin ketenkompas-bench
	cargo build --release -q -p ketenkompas-app $(APP_FEATURES)
	KK_APP=$(CARGO_TARGET_DIR)/release/ketenkompas-app \
	  xvfb-run -a -s "-screen 0 1280x860x24" node tests/e2e/bench-app.mjs

## Regenerate ui/src/lib/ipc/bindings.ts from the Rust types.
bindings:
	UPDATE_BINDINGS=1 cargo test -p ketenkompas-tests --test bindings

## Installers for this platform (Windows and macOS ones are built by .github/workflows/release.yml).
## The .deb is repacked with xz (scripts/deb-xz.sh), as the release workflow does.
## (Packages of earlier versions go first: the shared cache would keep them beside it.)
package: setup
	rm -f $(CARGO_TARGET_DIR)/release/bundle/deb/*.deb
	ui/node_modules/.bin/tauri build --bundles deb
	scripts/deb-xz.sh $(CARGO_TARGET_DIR)/release/bundle/deb/*.deb
	@ls -l $(CARGO_TARGET_DIR)/release/bundle/deb/*.deb
	dpkg-deb --info $(CARGO_TARGET_DIR)/release/bundle/deb/*.deb

## Write the sample dossier to ./Voorbeelddossier.kkdossier.
sample:
	cargo run -q -p ketenkompas-cli -- sample Voorbeelddossier.kkdossier

clean-cache:
	rm -rf $(CARGO_TARGET_DIR)
