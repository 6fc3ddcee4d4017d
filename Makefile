# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# TWEE_FACTOR=0: the demo's kernteam account logs in without a second factor (README "Beveiliging").
DEV_ENV := DEBUG=1 TWEE_FACTOR=0
# `make run` serves as production does (DEBUG off, gunicorn, WhiteNoise, the task worker),
# on plain http at 127.0.0.1: LOKAAL turns off the https redirect and secure cookies.
ADRES ?= 127.0.0.1:8000
PROD_ENV = LOKAAL=1 TWEE_FACTOR=0 SECRET_KEY="$$(cat $(VENV)/.sleutel)"

.PHONY: run test install install-test systeem lint bench clean

$(VENV)/.geinstalleerd: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.test-geinstalleerd: $(VENV)/.geinstalleerd requirements-test.txt
	$(PY) -m pip install --quiet -r requirements-test.txt
	touch $@

# The Nu Html Checker (vnu.jar) for the HTML test, pinned in package-lock.json. Its postinstall
# script would download a Java of its own; Debian's Java is used instead (see systeem).
node_modules/.geinstalleerd: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $@

install: $(VENV)/.geinstalleerd
install-test: $(VENV)/.test-geinstalleerd

# System libraries: Pango for WeasyPrint (PDF), Chromium for the browser tests, Java for vnu,
# wrk for bench/belasting.py. Installed with apt-get when missing and we are root (as on CI and the dev machines).
systeem:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v java >/dev/null 2>&1 || ! command -v wrk >/dev/null 2>&1 || ! ldconfig -p | grep -q libpangoft2; then \
		if [ "$$(id -u)" = 0 ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
				chromium libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core default-jre-headless wrk >/dev/null; \
		else echo "Installeer chromium, libpango, default-jre-headless en wrk (apt-get) als root."; fi; \
	fi

# A secret key of this checkout only, made once (production sets SECRET_KEY itself).
$(VENV)/.sleutel: | $(VENV)/.geinstalleerd
	$(PY) -c "import secrets; print(secrets.token_urlsafe(50))" > $@

run: install systeem $(VENV)/.sleutel
	$(PROD_ENV) $(PY) manage.py migrate --noinput
	# The demo only loads in development mode: it refuses without DEBUG.
	$(DEV_ENV) $(PY) manage.py demo
	$(PROD_ENV) $(PY) manage.py collectstatic --noinput --verbosity 0
	@echo ""
	@echo "Demo-accounts:  kernteam / demo-kernteam   deelnemer / demo-deelnemer   duo / demo-duo"
	@echo "Open http://$(ADRES)/  (beheer: http://$(ADRES)/admin/)"
	$(PROD_ENV) $(PY) manage.py serveren --bind $(ADRES)

lint: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/djlint templates --lint
	DJANGO_SETTINGS_MODULE=omgevingsagenda.settings_test $(PY) manage.py makemigrations --check --dry-run

test: install-test systeem node_modules/.geinstalleerd lint
	$(VENV)/bin/pytest $(PYTEST_ARGS)

bench: install-test
	$(DEV_ENV) $(PY) bench/run.py

clean:
	rm -rf $(VENV) staticfiles cache .pytest_cache node_modules
