# schoolnet: the two quick-start commands are `make demo` and `make test`.
#
#   make demo   installs what is missing (Graphviz C library, pkg-config, fonts), builds in
#               release mode and writes diagrams, a report and the analyses of the bundled example into Output/
#   make test   installs what is missing (Chromium, chromium-driver and selenium too), then runs the
#               whole test suite and checks the HTML report in Chromium driven by Selenium
#               (Tests/Browser/check_report.py).
#
# The dependency check runs every time: it looks for libgvc with pkg-config (or its header) and
# for a font that fontconfig can see, and installs only when one of them is missing.

SHELL := /bin/bash
SWIFT ?= swift
EXAMPLE ?= demo-landscape
LANDSCAPE := Examples/$(EXAMPLE)
OUT := Output/$(EXAMPLE)
DEMO_SOURCE := Fictional data: Brackenshire is an invented local authority made for schoolnet's examples.
OGL_SOURCE := Contains public sector information from Get Information About Schools (Department for Education), licensed under the Open Government Licence v3.0.
MAP_OPTIONS := --engine geographic --colour-by ofsted --size-by betweenness --labels 25
BIN = $(shell $(SWIFT) build -c release --show-bin-path)/schoolnet

APT_PACKAGES := libgraphviz-dev pkg-config fonts-dejavu-core
BREW_PACKAGES := graphviz pkgconf

.PHONY: demo real test docs lint format bench bench-deps deps browser-deps build clean fuzz tsan install uninstall \
	install-check consumer

demo: deps
	$(SWIFT) build -c release --product schoolnet
	@mkdir -p $(OUT)
	$(BIN) validate $(LANDSCAPE)
	$(BIN) summary $(LANDSCAPE) -o $(OUT)/summary.txt
	$(BIN) summary $(LANDSCAPE) --format json -o $(OUT)/summary.json
	$(BIN) metrics $(LANDSCAPE) --format csv -o $(OUT)/metrics.csv
	$(BIN) communities $(LANDSCAPE) -o $(OUT)/communities.txt
	$(BIN) overlap $(LANDSCAPE) --format csv -o $(OUT)/overlap.csv
	$(BIN) hybrids $(LANDSCAPE) --format json -o $(OUT)/hybrids.json
	$(BIN) place $(LANDSCAPE) --format json -o $(OUT)/place.json
	$(BIN) patterns $(LANDSCAPE) --format json -o $(OUT)/patterns.json
	@for f in dot svg png pdf; do \
	  echo "$(BIN) render $(LANDSCAPE) -o $(OUT)/landscape.$$f"; \
	  $(BIN) render $(LANDSCAPE) -o $(OUT)/landscape.$$f || exit 1; \
	done
	@for f in dot svg png; do \
	  echo "$(BIN) render $(LANDSCAPE) $(MAP_OPTIONS) -o $(OUT)/map.$$f"; \
	  $(BIN) render $(LANDSCAPE) $(MAP_OPTIONS) -o $(OUT)/map.$$f || exit 1; \
	done
	$(BIN) report $(LANDSCAPE) --data-source "$(DEMO_SOURCE)" -o $(OUT)
	@echo "Wrote $(OUT)/: report.html, landscape.{dot,svg,png,pdf}, map.{dot,svg,png}, summary.{txt,json}, metrics.csv, communities.txt, overlap.csv, hybrids.json, place.json, patterns.json"
	$(MAKE) --no-print-directory real BIN="$(BIN)"

# The real example: England's academies and trusts imported from the DfE's GIAS extracts in
# Examples/gias (Open Government Licence), and Bradford as the showcase local authority.
GIAS := Examples/gias/mat_and_academies_group_data_2025-09.csv Examples/gias/links_edubasealldata20250422.csv
SHOWCASE := bradford-academies
SURREY_FILES := Examples/gias/establishments_surrey_2021-04.csv Examples/gias/allgroupsdata_2022-07-18.csv \
	Examples/gias/alllinksdata_2022-07-18.csv Examples/gias/appropriate_bodies_2024-10-16.csv \
	Examples/gias/links_edubasealldata20250422.csv
SURREY_SOURCE := $(OGL_SOURCE) Schools as of April 2021, trusts, federations and sponsors as of July 2022, teaching school hubs (their lead schools only) as of October 2024. No list of support between schools is published, so support here is only a shared trust or federation.
real:
	$(BIN) import-gias $(GIAS) -o Examples/england-academies
	$(BIN) import-gias $(GIAS) --la Bradford -o Examples/$(SHOWCASE)
	@mkdir -p Output/england-academies Output/$(SHOWCASE)
	$(BIN) summary Examples/england-academies -o Output/england-academies/summary.txt
	$(BIN) summary Examples/england-academies --format json -o Output/england-academies/summary.json
	$(BIN) summary Examples/$(SHOWCASE) -o Output/$(SHOWCASE)/summary.txt
	$(BIN) summary Examples/$(SHOWCASE) --format json -o Output/$(SHOWCASE)/summary.json
	$(BIN) overlap Examples/$(SHOWCASE) --format csv -o Output/$(SHOWCASE)/overlap.csv
	$(BIN) export Examples/$(SHOWCASE) --format graphml -o Output/$(SHOWCASE)/landscape.graphml
	@for f in dot svg png pdf; do \
	  echo "$(BIN) render Examples/$(SHOWCASE) -o Output/$(SHOWCASE)/landscape.$$f"; \
	  $(BIN) render Examples/$(SHOWCASE) -o Output/$(SHOWCASE)/landscape.$$f || exit 1; \
	done
	$(BIN) report Examples/$(SHOWCASE) --title "Academy trusts in Bradford" --data-source "$(OGL_SOURCE)" -o Output/$(SHOWCASE)
	$(BIN) import-gias $(SURREY_FILES) --la Surrey -o Examples/surrey-schools
	@mkdir -p Output/surrey-schools
	$(BIN) summary Examples/surrey-schools -o Output/surrey-schools/summary.txt
	$(BIN) place Examples/surrey-schools --format csv -o Output/surrey-schools/place.csv
	@for f in svg png; do \
	  echo "$(BIN) render Examples/surrey-schools --engine geographic --colour-by ofsted --labels 25 -o Output/surrey-schools/map.$$f"; \
	  $(BIN) render Examples/surrey-schools --engine geographic --colour-by ofsted --labels 25 -o Output/surrey-schools/map.$$f || exit 1; \
	done
	$(BIN) report Examples/surrey-schools --title "Schools, trusts, federations and hubs in Surrey" --data-source "$(SURREY_SOURCE)" -o Output/surrey-schools
	@echo "Wrote Examples/{england-academies,$(SHOWCASE),surrey-schools} and Output/{england-academies,$(SHOWCASE),surrey-schools}/"

test: deps browser-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	python3 Tests/Browser/check_report.py $$($(SWIFT) build --show-bin-path)/schoolnet --screenshot $(OUT)/report-first-screen.png
	python3 Tests/Reliability/odd_cases.py $$($(SWIFT) build --show-bin-path)/schoolnet
	python3 Tests/Reliability/progress_check.py $$($(SWIFT) build --show-bin-path)/schoolnet
	$(MAKE) --no-print-directory consumer

build: deps
	$(SWIFT) build -c release

# Installing (a step of its own, not part of the quick start): the release binary, its manual
# page and its bash, zsh and fish completions, under $(DESTDIR)$(PREFIX). The manual comes from
# swift-argument-parser's GenerateManual plugin and the completions from the binary itself
# (--generate-completion-script), both from the commands' own declarations, so the help, the
# completions and the manual cannot disagree. `make uninstall` with the same PREFIX and DESTDIR
# removes exactly the files `make install` wrote, and nothing else.
PREFIX ?= /usr/local
DESTDIR ?=
ROOT = $(DESTDIR)$(PREFIX)
INSTALLED := bin/schoolnet share/man/man1/schoolnet.1 share/bash-completion/completions/schoolnet \
	share/zsh/site-functions/_schoolnet share/fish/vendor_completions.d/schoolnet.fish
MANUAL := .build/plugins/GenerateManual/outputs/schoolnet/schoolnet.1
install: deps
	$(SWIFT) build -c release --product schoolnet
	@version=$$($(BIN) --version); \
	date=$$(sed -n "s/^## $$version (\([0-9-]*\))$$/\1/p" CHANGELOG.md); \
	[ -n "$$date" ] || { echo "install: CHANGELOG.md has no section '## $$version (YYYY-MM-DD)'"; exit 1; }; \
	echo "$(SWIFT) package generate-manual --date $$date"; \
	$(SWIFT) package generate-manual --date "$$date" --authors "the schoolnet contributors" >/dev/null || exit 1
	install -d $(ROOT)/bin $(ROOT)/share/man/man1 $(ROOT)/share/bash-completion/completions \
	  $(ROOT)/share/zsh/site-functions $(ROOT)/share/fish/vendor_completions.d
	install -m 755 $(BIN) $(ROOT)/bin/schoolnet
	install -m 644 $(MANUAL) $(ROOT)/share/man/man1/schoolnet.1
	$(BIN) --generate-completion-script bash > $(ROOT)/share/bash-completion/completions/schoolnet
	$(BIN) --generate-completion-script zsh > $(ROOT)/share/zsh/site-functions/_schoolnet
	$(BIN) --generate-completion-script fish > $(ROOT)/share/fish/vendor_completions.d/schoolnet.fish
	@echo "Installed under $(ROOT): $(INSTALLED)"

uninstall:
	rm -f $(addprefix $(ROOT)/,$(INSTALLED))

# Installs into a temporary PREFIX and checks what `make install` and `make uninstall` promise
# (Tests/Install/check_install.sh).
install-check:
	Tests/Install/check_install.sh

# The library as another package uses it: Tests/Consumer depends on this package by path,
# imports SchoolNetGraph, SchoolNetModel and SchoolNetIO, loads the demo landscape and computes a
# measure; built in a build folder of its own, run, and checked to link no Graphviz library.
consumer:
	SWIFT="$(SWIFT)" Tests/Consumer/check.sh

# Analyses, exports, renders and reports from many tasks at once, under Thread Sanitizer, in a
# build folder of its own.
tsan: deps
	$(SWIFT) build --build-tests --sanitize=thread --build-path .build-tsan
	TSAN_OPTIONS=halt_on_error=1 $(SWIFT) test --skip-build --sanitize=thread --build-path .build-tsan --filter ConcurrencyTests

# The DocC catalogs of every library (and the command reference), built with
# swift-docc-plugin; any warning (a broken symbol or article link) is an error.
DOC_TARGETS := SchoolNetGraph SchoolNetModel SchoolNetIO SchoolNetRender SchoolNetReport SchoolNetCLI
# Builds the fuzz targets (Tests/Fuzz/, libFuzzer and AddressSanitizer, linked with lld) and runs each
# for FUZZ_SECONDS; a crash leaves its input in Tests/Fuzz/ and fails. See Tests/Fuzz/README.md.
FUZZ_SECONDS ?= 20
fuzz: deps
	cd Tests/Fuzz && $(SWIFT) build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
	Tests/Fuzz/run.sh $(FUZZ_SECONDS)

docs: deps
	$(SWIFT) package generate-documentation $(addprefix --target ,$(DOC_TARGETS)) --warnings-as-errors

# Formatting: the toolchain's swift-format with the rules in .swift-format.
lint:
	$(SWIFT) format lint --strict --recursive --parallel Package.swift Sources Tests Examples

format:
	$(SWIFT) format --in-place --recursive --parallel Package.swift Sources Tests Examples

# Benchmarks (not part of the quick start: over an hour on 2 cores). Times schoolnet against
# igraph, NetworKit and NetworkX on one local authority, one region, England (clusters that
# partition the primaries, and clusters that overlap, where few schools are twins) and a
# teacher-level network, in the same run, and writes the tables to $(BENCH_OUT)/.
BENCH_OUT := Tests/Performance/Results
BENCH_EDGES := .build/bench
BENCH = $(shell $(SWIFT) build -c release --show-bin-path)/schoolnet-bench
COMPARE := python3 Tests/Performance/compare_peers.py
TEACHER_MEASURES := degree,pagerank,eigenvector,core,clustering,components,louvain
bench: deps bench-deps
	$(SWIFT) build -c release --product schoolnet-bench
	@mkdir -p $(BENCH_OUT) $(BENCH_EDGES)
	@for scale in la region england; do \
	  echo "$(BENCH) landscape --scale $$scale --edges $(BENCH_EDGES)/$$scale.edges"; \
	  $(BENCH) landscape --scale $$scale --edges $(BENCH_EDGES)/$$scale.edges | tee $(BENCH_OUT)/pipeline-$$scale.txt || exit 1; \
	done
	$(BENCH) landscape --scale england --shape overlapping --edges $(BENCH_EDGES)/england-overlapping.edges \
	  | tee $(BENCH_OUT)/pipeline-england-overlapping.txt
	$(BENCH) teachers --edges $(BENCH_EDGES)/teachers.edges
	$(COMPARE) --edges $(BENCH_EDGES)/la.edges $(BENCH_EDGES)/region.edges --repetitions 7 \
	  --json $(BENCH_OUT)/la-region.json --markdown $(BENCH_OUT)/la-region.md
	$(COMPARE) --edges $(BENCH_EDGES)/england.edges $(BENCH_EDGES)/england-overlapping.edges \
	  --longer igraph:betweenness=240 \
	  --json $(BENCH_OUT)/england.json --markdown $(BENCH_OUT)/england.md
	$(COMPARE) --edges $(BENCH_EDGES)/teachers.edges --measures $(TEACHER_MEASURES) \
	  --json $(BENCH_OUT)/teachers.json --markdown $(BENCH_OUT)/teachers.md

# Installs the pinned peers of the benchmarks, unless those exact versions are already there.
bench-deps:
	@if python3 -c "import igraph, networkit, networkx, sys; \
	  sys.exit((igraph.__version__, networkit.__version__, networkx.__version__) != ('1.0.0', '11.3', '3.6.1'))" \
	  2>/dev/null; then echo "deps: igraph 1.0.0, NetworKit 11.3 and NetworkX 3.6.1 are present"; \
	else echo "deps: installing Tests/Performance/requirements.txt"; \
	  python3 -m pip install -q -r Tests/Performance/requirements.txt || exit 1; fi; \
	command -v /usr/bin/time >/dev/null || { echo "deps: GNU time (/usr/bin/time) missing; installing"; \
	  sudo=""; [ "$$(id -u)" -eq 0 ] || sudo="sudo"; $$sudo apt-get install -y -qq time >/dev/null || exit 1; }

# Installs the C libraries and fonts the package needs, but only those that are missing.
deps:
	@missing=""; \
	if ! pkg-config --exists libgvc 2>/dev/null \
	   && [ ! -f /usr/include/graphviz/gvc.h ] && [ ! -f /usr/local/include/graphviz/gvc.h ]; then \
	  missing="$$missing graphviz"; fi; \
	if ! command -v pkg-config >/dev/null 2>&1; then missing="$$missing pkg-config"; fi; \
	if [ "$$(uname)" = Linux ] && ! fc-list 2>/dev/null | grep -qi 'dejavu' \
	   && [ ! -d /usr/share/fonts/truetype/dejavu ]; then \
	  missing="$$missing fonts"; fi; \
	if [ -z "$$missing" ]; then echo "deps: Graphviz, pkg-config and fonts are present"; exit 0; fi; \
	echo "deps: missing:$$missing; installing"; \
	if command -v apt-get >/dev/null 2>&1; then \
	  sudo=""; [ "$$(id -u)" -eq 0 ] || sudo="sudo"; \
	  $$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES) >/dev/null || exit 1; \
	elif command -v brew >/dev/null 2>&1; then \
	  brew install $(BREW_PACKAGES) || exit 1; \
	else \
	  echo "deps: cannot install automatically here. Install the Graphviz C library with its"; \
	  echo "      headers (libgvc, e.g. libgraphviz-dev or graphviz-devel), pkg-config and a"; \
	  echo "      font package (DejaVu), then run this command again."; exit 1; \
	fi; \
	pkg-config --exists libgvc || { echo "deps: libgvc still not found by pkg-config"; exit 1; }; \
	echo "deps: installed"

# Installs what the report check needs, each only when missing: Debian's chromium and
# chromium-driver, and the selenium package from PyPI (pinned in Tests/Browser/requirements.txt).
browser-deps:
	@missing=""; \
	if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then missing="$$missing chromium"; fi; \
	if ! command -v chromedriver >/dev/null 2>&1; then missing="$$missing chromium-driver"; fi; \
	if [ -n "$$missing" ]; then \
	  echo "deps: missing:$$missing; installing"; \
	  if command -v apt-get >/dev/null 2>&1; then \
	    sudo=""; [ "$$(id -u)" -eq 0 ] || sudo="sudo"; \
	    $$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || exit 1; \
	  else \
	    echo "deps: cannot install$$missing here; install Chromium and its WebDriver, then run this again"; exit 1; \
	  fi; \
	else echo "deps: Chromium and chromium-driver are present"; fi; \
	if python3 -c "import selenium" 2>/dev/null; then echo "deps: selenium is present"; \
	else echo "deps: installing Tests/Browser/requirements.txt"; \
	  python3 -m pip install -q -r Tests/Browser/requirements.txt || exit 1; fi

clean:
	rm -rf .build
