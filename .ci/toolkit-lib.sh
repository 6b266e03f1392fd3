# Sourced by .ci/toolkit-parity and bench/run: finds a Python that runs the unmodified toolkit
# sm-serverless-benchmarking, starts the standalone emulator for it, and runs commands with every
# boto3 client the toolkit makes pointed at that emulator. Nothing here edits the toolkit.
#
# Where the toolkit comes from (first that applies):
#   SLSBENCH_TOOLKIT_PYTHON=PY    a python that already imports sm_serverless_benchmarking (used as is)
#   SLSBENCH_TOOLKIT_SOURCE=SPEC  pip installs SPEC (a checkout, an sdist or a requirement) into a venv
#   neither                       pip installs sm-serverless-benchmarking from PyPI into a venv
# The venv is made with $PYTHON (default python3).

# toolkit_run URL COMMAND...: runs COMMAND with every boto3 client pointed at the emulator at URL,
# dummy credentials and a region, and no profile, config file or instance metadata that could send
# a call elsewhere.
toolkit_run() {
  local url="$1"; shift
  env -u AWS_PROFILE AWS_ENDPOINT_URL="$url" AWS_ACCESS_KEY_ID=dummy AWS_SECRET_ACCESS_KEY=dummy \
    AWS_DEFAULT_REGION=us-east-1 AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null \
    AWS_EC2_METADATA_DISABLED=true "$@"
}

# toolkit_usable PY: whether PY imports the toolkit and its boto3 sends calls to AWS_ENDPOINT_URL.
# boto3 before 1.28 ignores that variable and would call AWS itself, so such a Python is refused.
# Prints the reason when it is not usable.
toolkit_usable() {
  toolkit_run http://127.0.0.1:9 "$1" - 2>&1 <<'EOF' | tail -1
import os, sys
try:
    import boto3
    import sm_serverless_benchmarking.benchmark  # noqa: F401 (pandas, seaborn, matplotlib, Jinja2 come with it)
except Exception as error:
    sys.exit(f"{sys.executable} cannot import the toolkit: {error!r}")
endpoint = boto3.client("sagemaker").meta.endpoint_url.rstrip("/")
if endpoint != os.environ["AWS_ENDPOINT_URL"]:
    sys.exit(f"its boto3 {boto3.__version__} ignores AWS_ENDPOINT_URL (needs boto3 >= 1.28)")
EOF
  return "${PIPESTATUS[0]}"
}

# toolkit_python VENV: sets toolkit_python and toolkit_version. Returns 0 when usable; 3 when the
# toolkit cannot be had here (pip or venv failed: a reason to skip); 1 when SLSBENCH_TOOLKIT_PYTHON
# names a Python that cannot run it. toolkit_reason says why. A VENV made from the same SPEC with
# the same $PYTHON is reused when it still works.
toolkit_python() {
  local venv="$1" python=${PYTHON:-python3} spec=${SLSBENCH_TOOLKIT_SOURCE:-sm-serverless-benchmarking} reason
  toolkit_python= toolkit_version= toolkit_reason=
  if [ -n "${SLSBENCH_TOOLKIT_PYTHON:-}" ]; then
    if ! reason=$(toolkit_usable "$SLSBENCH_TOOLKIT_PYTHON"); then
      toolkit_reason="SLSBENCH_TOOLKIT_PYTHON=$SLSBENCH_TOOLKIT_PYTHON: $reason"
      return 1
    fi
    toolkit_python=$SLSBENCH_TOOLKIT_PYTHON
  else
    local stamp="$python $spec"
    if [ "$(cat "$venv/toolkit-spec" 2>/dev/null)" != "$stamp" ] || ! toolkit_usable "$venv/bin/python" >/dev/null; then
      rm -rf "$venv" && mkdir -p "$(dirname "$venv")"
      if ! "$python" -m venv "$venv" >"$venv.log" 2>&1; then
        toolkit_reason="$python cannot make a virtualenv (install python3-venv): $(tail -1 "$venv.log")"
        return 3
      fi
      if ! "$venv/bin/pip" install -q --retries 1 --timeout 30 "$spec" >>"$venv.log" 2>&1; then
        toolkit_reason="pip could not install $spec here (PyPI unreachable?): $(grep -E '^ERROR' "$venv.log" | tail -1)"
        return 3
      fi
      if ! reason=$(toolkit_usable "$venv/bin/python"); then
        toolkit_reason="pip installed $spec, but $reason"
        return 3
      fi
      echo "$stamp" >"$venv/toolkit-spec"
    fi
    toolkit_python="$venv/bin/python"
  fi
  toolkit_version=$("$toolkit_python" -c 'from importlib.metadata import version as v
print(", ".join(f"{p} {v(p)}" for p in ("sm-serverless-benchmarking", "boto3", "pandas")))' 2>/dev/null || true)
}

# toolkit_start_emulator JAR LOG: starts the standalone emulator on a free loopback port; sets
# emulator_url and emulator_pid (the caller stops it). Each line of LOG starts with the epoch
# milliseconds it arrived at, so its events line up with other timestamps. Returns 1 if it did not start.
toolkit_start_emulator() {
  local jar="$1" log="$2"
  java -jar "$jar" --port 0 > >(while IFS= read -r line; do echo "$(date +%s%3N) $line"; done >"$log") 2>&1 &
  emulator_pid=$!
  emulator_url=
  for _ in $(seq 1 120); do
    emulator_url=$(grep -o 'listening on http://[0-9.:]*' "$log" | cut -d' ' -f3 || true)
    [ -n "$emulator_url" ] && return 0
    kill -0 "$emulator_pid" 2>/dev/null || break
    sleep 0.5
  done
  return 1
}
