#!/usr/bin/env python3
"""Runs gumbel-bench and PyTorch's F.gumbel_softmax on the same shapes in one
run and prints the ratios the project promises:
  BM_Matrix elements/s >= 6x PyTorch (float64, one thread) for (10, 1e6) and (1000, 1e4);
  repeated sampling on 2 threads >= 1.8x faster than on 1.
Usage: compare_pytorch.py path/to/gumbel-bench"""
import json
import subprocess
import sys
import time

import torch
import torch.nn.functional as F

SHAPES = [(10, 1_000_000), (1000, 10_000)]


def torch_elements_per_second(k, d, repeats=5):
    torch.set_num_threads(1)
    logits = torch.log(1.0 / torch.arange(1, k + 1, dtype=torch.float64)).expand(d, k).contiguous()
    F.gumbel_softmax(logits, tau=0.1, dim=-1)  # warm-up
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        F.gumbel_softmax(logits, tau=0.1, dim=-1)
        best = min(best, time.perf_counter() - start)
    return k * d / best


def main():
    bench = sys.argv[1] if len(sys.argv) > 1 else "build/release/bench/gumbel-bench"
    out = subprocess.run([bench, "--benchmark_filter=BM_Matrix|BM_Repeated", "--benchmark_format=json",
                          "--benchmark_repetitions=5"],
                         check=True, capture_output=True, text=True).stdout
    # Best of the repetitions on both sides (PyTorch: best of `repeats` calls).
    results = {}
    for b in json.loads(out)["benchmarks"]:
        if b.get("run_type") != "iteration":
            continue
        name = b["run_name"]
        if name not in results or b["real_time"] < results[name]["real_time"]:
            results[name] = b
    ok = True
    print(f"torch {torch.__version__}, float64, torch.set_num_threads(1)")
    for k, d in SHAPES:
        ours = results[f"BM_Matrix/{k}/{d}"]["items_per_second"]
        theirs = torch_elements_per_second(k, d)
        ratio = ours / theirs
        ok &= ratio >= 6.0
        print(f"BM_Matrix/{k}/{d}: gumbel-explorer {ours / 1e6:8.1f} M elements/s, "
              f"PyTorch {theirs / 1e6:8.1f} M elements/s, ratio {ratio:5.2f}x (required >= 6x)")
    one = results["BM_Repeated/1/real_time"]["real_time"]
    two = results["BM_Repeated/2/real_time"]["real_time"]
    speedup = one / two
    ok &= speedup >= 1.8
    print(f"BM_Repeated: 1 thread {one:.1f} ms, 2 threads {two:.1f} ms, speed-up {speedup:.2f}x (required >= 1.8x)")
    print("all ratios hold" if ok else "SOME RATIOS DO NOT HOLD")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
