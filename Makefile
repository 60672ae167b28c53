# The two commands of the README: `make demo` runs the product, `make test`
# runs the whole test suite (CI's .ci/run calls it and nothing else).
GO      ?= go
BIN     := bin/assay
VERSION := $(shell git describe --always --dirty 2>/dev/null || echo dev)

.PHONY: demo tour test build setup lint bench clean

# CGO_ENABLED=0: one static executable (the SQLite driver is pure Go).
build:
	CGO_ENABLED=0 $(GO) build -ldflags "-X github.com/assay-dev/assay/cli.Version=$(VERSION)" -o $(BIN) .

setup:
	./scripts/setup.sh

# The demo needs only Go: with DATABASE_URL unset it runs on the embedded store.
demo: build
	ASSAY_LOG_LEVEL=$${ASSAY_LOG_LEVEL:-warn} $(BIN) demo --out .

# A tour of the command line (catalogs, search, assess, review, audit).
tour: build
	./scripts/demo.sh $(BIN)

lint:
	$(GO) vet ./...
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

# Every storage contract suite (catalogs, retrieval, assessor, chat,
# schedule, digest, export/import, shared state) runs on both backends
# inside ./...
test: setup lint
	$(GO) test -race -count=1 -parallel 4 -timeout 30m ./...

bench: setup
	$(GO) test -run '^$$' -bench . -benchmem ./...

clean:
	rm -rf bin
