#!/usr/bin/env bash
# Compiles every kernel in this folder to PTX into $1 (the Maven build passes target/classes/meridian/pricing/gpu),
# so the jar carries them and the driver JIT-compiles them at run time. Without nvcc on PATH it says so and
# succeeds: the build then has no PTX and BookEngines.best() picks the CPU engine.
# -fmad=false keeps each multiply and add rounded on its own, as in the Java engine (see book_mc.cu).
# compute_80 PTX runs on A100, H100 and later GPUs.
set -euo pipefail
out=${1:?usage: build-ptx.sh OUTPUT_DIR}
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v nvcc >/dev/null 2>&1; then
  echo "[ptx] nvcc not on PATH: no PTX built, GPU engines will fall back to the CPU"
  exit 0
fi
mkdir -p "$out"
for cu in "$here"/*.cu; do
  name=$(basename "$cu" .cu)
  if [[ ! -f "$out/$name.ptx" || -n "$(find "$here" -name '*.cu*' -newer "$out/$name.ptx" -print -quit)" ]]; then
    nvcc -arch=sm_80 -ptx -O3 -fmad=false -o "$out/$name.ptx" "$cu"
    echo "[ptx] $name.ptx built by $(nvcc --version | tail -1)"
  fi
done
