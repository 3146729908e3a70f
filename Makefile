# The two set-up commands of the README: `make demo` (the main job) and `make test` (the tests).
# Both create .venv and install the project on first use. System packages (Tesseract, poppler,
# fonts) are optional extras installed by `make system-deps` (root, Debian/Ubuntu).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha256sum | cut -c1-12)
DEMO_DIR ?= out/demo
LS_VENV ?= .venv-ls

.PHONY: demo test lint system-deps install ls-venv clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -U pip
	$(BIN)/python -m pip install -q -e ".[dev,ml]"
	rm -f $(VENV)/.installed-* && touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/idp synth $(DEMO_DIR)/synth --count 12 --seed 7
	$(BIN)/idp process $(DEMO_DIR)/synth/documents --out file://$(abspath $(DEMO_DIR))/store

# Label Studio lives in its own virtual environment (its pins clash with ours); the review tests start it.
ls-venv: $(LS_VENV)/bin/label-studio

$(LS_VENV)/bin/label-studio:
	$(PYTHON) -m venv $(LS_VENV)
	$(LS_VENV)/bin/python -m pip install -q -U pip
	$(LS_VENV)/bin/python -m pip install -q "label-studio==1.23.*"

test: $(STAMP) $(LS_VENV)/bin/label-studio
	@$(BIN)/python -m pytest -q; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: that is a failure" >&2; exit 1; fi; exit $$rc

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

system-deps:
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	  tesseract-ocr tesseract-ocr-eng poppler-utils fonts-dejavu-core fonts-liberation chromium >/dev/null

clean:
	rm -rf $(VENV) $(LS_VENV) out .pytest_cache
