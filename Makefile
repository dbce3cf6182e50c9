# whosaid: `make serve` to build and serve the page, `make test` to check everything.
# Every target installs what it needs only when it is missing, so a second
# run starts in seconds. Versions follow shared/TOOLCHAIN.md.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

TRUNK_VERSION := 0.21.14
WASM_BINDGEN_VERSION := 0.2.130
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: serve test setup browser wasm-test bench cost eval fuzz python python-test spark-test setup-spark

serve: setup
	trunk serve --release

test: setup browser
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo test --workspace
	$(MAKE) --no-print-directory wasm-test
	trunk build --release
	cargo build --release -p whosaid-cli
	npx playwright test
	$(MAKE) --no-print-directory python-test
	$(MAKE) --no-print-directory spark-test

# The engine's tests compiled to wasm32 and run in headless Chromium.
wasm-test: setup browser
	CHROMEDRIVER=/usr/bin/chromedriver cargo test -p whosaid --target wasm32-unknown-unknown --test wasm

setup:
	@rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
	@rustup component list --installed | grep -q '^clippy' || rustup component add clippy
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@trunk --version 2>/dev/null | grep -qF "$(TRUNK_VERSION)" || cargo install trunk --version $(TRUNK_VERSION) --locked
	@wasm-bindgen --version 2>/dev/null | grep -qF "$(WASM_BINDGEN_VERSION)" || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)
	@[ -x node_modules/.bin/wasm-opt ] && [ -x node_modules/.bin/playwright ] || npm ci --no-audit --no-fund

browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium chromium-driver; }

# The Python package (crates/whosaid-py), built as an abi3 wheel by maturin
# and installed into .venv with what its tests and the Spark example use.
VENV := $(CURDIR)/.venv
PYTHON := $(VENV)/bin/python
PY_PACKAGES := maturin pytest "pandas>=2,<3" pyarrow pyspark
python:
	@[ -x $(PYTHON) ] || python3 -m venv $(VENV)
	@$(PYTHON) -m pip show -q maturin pytest pandas pyarrow pyspark >/dev/null 2>&1 || $(PYTHON) -m pip install -q $(PY_PACKAGES)
	rm -rf target/wheels
	$(VENV)/bin/maturin build --release --quiet -m crates/whosaid-py/Cargo.toml -o target/wheels
	$(PYTHON) -m pip install -q --force-reinstall --no-deps target/wheels/whosaid-*.whl

python-test: python
	cargo build --release -p whosaid-cli
	$(PYTHON) -m pytest -q -p no:cacheprovider crates/whosaid-py/tests

# Java for Spark, from Debian, when it is missing.
setup-spark:
	@command -v java >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y openjdk-17-jre-headless; }

# The Spark example in local mode with 2 workers, checked against the CLI.
# Without Java (none installable) the test skips and says why.
spark-test: python
	-@$(MAKE) --no-print-directory setup-spark
	cargo build --release -p whosaid-cli
	$(PYTHON) -m pytest -q -p no:cacheprovider -rs examples/spark/test_quotes.py

# Every instrument in ../shared: direct quotes and mention spans, speaker
# names, reported speech (PolNeAR training split), and dedup on real
# multi-outlet coverage (BASIL pairs).
eval:
	cargo build --release -p whosaid-cli
	./target/release/whosaid --format json ../shared/polnear/train/texts > target/polnear.json
	python3 ../shared/eval/score_polnear.py ../shared/polnear/train target/polnear.json --errors 30
	@echo "# direct quotes alone (the report without its reported statements):"
	python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); r["quotes"]=[q for q in r["quotes"] if q["kind"]!="reported"]; json.dump(r,open(sys.argv[2],"w"))' target/polnear.json target/polnear-direct.json
	python3 ../shared/eval/score_polnear.py ../shared/polnear/train target/polnear-direct.json
	python3 ../shared/eval/score_speakers.py ../shared/polnear/train ../shared/polnear/train/speakers.jsonl target/polnear.json --errors 40
	python3 ../shared/eval/score_reported.py ../shared/polnear/train target/polnear.json --errors 30
	./target/release/whosaid --format json ../shared/basil/texts > target/basil.json
	python3 ../shared/eval/score_dedup.py ../shared/basil/pairs.json target/basil.json --errors 30

# Throughput per stage, and growth over 100 / 800 / 6,400 articles.
bench:
	cargo bench -p whosaid --bench pipeline

# Instruction counts (callgrind; repeatable where timings drift): the whole
# report as the command line writes it, and extraction + attribution alone.
cost:
	cargo build --profile profiling -p whosaid-cli
	cargo build --profile profiling -p whosaid --example stages
	valgrind --tool=callgrind --callgrind-out-file=target/callgrind.report ./target/profiling/whosaid --jobs 1 --format json ../shared/polnear/train/texts 2>&1 >/dev/null | grep Collected
	valgrind --tool=callgrind --callgrind-out-file=target/callgrind.extract ./target/profiling/examples/stages ../shared/polnear/train/texts extract 2>&1 >/dev/null | grep Collected

# The fuzzer on the whole engine (needs cargo-fuzz; RUSTC_BOOTSTRAP lets the
# stable toolchain build the sanitizer runtime). FUZZ_SECONDS=600 by default.
FUZZ_SECONDS ?= 600
fuzz:
	@cargo fuzz --version >/dev/null 2>&1 || cargo install cargo-fuzz
	cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run analyze -- -max_total_time=$(FUZZ_SECONDS) -max_len=4096
