#!/usr/bin/env python3
"""Runs gumbel-bench and PyTorch's F.gumbel_softmax on the same shapes in one
run and prints the ratios the project promises:
  BM_Matrix elements/s >= 6x PyTorch (float64, one thread) for (10, 1e6) and (1000, 1e4);
  repeated sampling on 2 threads >= 1.8x faster than on 1;
  per-sample gradient estimates (relaxed and straight-through, k = 10 and 100) >= 5x PyTorch's samples/s,
  PyTorch computing them the way its users do: autograd through F.gumbel_softmax (hard=False, and hard=True
  for straight-through) on a batch of 1e5 rows of logits, float64, one thread. Ours: BM_GradientBatch, the
  same batch of 1e5 into one k x 1e5 matrix, on one thread (the required ratio) and on two (printed too).
Usage: compare_pytorch.py path/to/gumbel-bench"""
import json
import subprocess
import sys
import time

import torch
import torch.nn.functional as F

SHAPES = [(10, 1_000_000), (1000, 10_000)]
GRADIENT_KS = [10, 100]
GRADIENT_BATCH = 100_000
GRADIENT_TAU = 0.5  # as in BM_Gradient
# BM_GradientBatch/<estimator>/<k>/<threads>: 2 = relaxed, 3 = straight-through
GRADIENT_CASES = [("relaxed", 2, False), ("straight-through", 3, True)]


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


def gradient_problem(k):
    """zipf p and the objective of BM_Gradient: t = linspace(0, 1, k) / k, w = 1."""
    p = 1.0 / torch.arange(1, k + 1, dtype=torch.float64)
    p /= p.sum()
    target = torch.linspace(0.0, 1.0, k, dtype=torch.float64) / k
    return torch.log(p), target


def torch_gradients(theta, target, hard):
    """Per-sample gradients of f(y) = sum_i (y_i - t_i)^2 w.r.t. each row's logits, y = F.gumbel_softmax(row)."""
    theta.grad = None
    y = F.gumbel_softmax(theta, tau=GRADIENT_TAU, hard=hard, dim=-1)
    ((y - target) ** 2).sum().backward()
    return theta.grad


def check_torch_matches_the_formula(k):
    """PyTorch's autograd gives J(C) grad f(C) (relaxed) and J(C) grad f(e_z) (straight-through): the same
    per-sample quantities as gumbel-bench (checked on PyTorch's own noise, replayed with the same seed)."""
    logp, target = gradient_problem(k)
    theta = logp.expand(1000, k).clone().requires_grad_(True)
    for hard in (False, True):
        torch.manual_seed(7)
        autograd = torch_gradients(theta, target, hard).clone()
        torch.manual_seed(7)
        gumbels = -torch.empty_like(theta).exponential_().log()
        with torch.no_grad():
            c = torch.softmax((theta + gumbels) / GRADIENT_TAU, dim=-1)
            point = F.one_hot(c.argmax(dim=-1), k).to(torch.float64) if hard else c
            v = 2 * (point - target)
            formula = (c * v - c * (c * v).sum(dim=-1, keepdim=True)) / GRADIENT_TAU
        assert torch.allclose(autograd, formula, rtol=1e-10, atol=1e-13), "PyTorch's gradients differ from J(C) v"


def torch_samples_per_second(k, hard, repeats=5):
    torch.set_num_threads(1)
    logp, target = gradient_problem(k)
    theta = logp.expand(GRADIENT_BATCH, k).clone().requires_grad_(True)  # the model's output, one row per sample
    torch_gradients(theta, target, hard)  # warm-up
    best, best_cpu = float("inf"), float("inf")
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        torch_gradients(theta, target, hard)
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - start_cpu)
    return GRADIENT_BATCH / best, GRADIENT_BATCH / best_cpu


def main():
    bench = sys.argv[1] if len(sys.argv) > 1 else "build/release/bench/gumbel-bench"
    out = subprocess.run([bench, "--benchmark_filter=BM_Matrix|BM_Repeated|BM_GradientBatch", "--benchmark_format=json",
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
    for k in GRADIENT_KS:
        check_torch_matches_the_formula(k)
        for name, index, hard in GRADIENT_CASES:
            one = results[f"BM_GradientBatch/{index}/{k}/1/real_time"]
            ours = one["items_per_second"]
            ours_cpu = GRADIENT_BATCH / (one["cpu_time"] * 1e-3)  # cpu_time is in ms per batch
            ours2 = results[f"BM_GradientBatch/{index}/{k}/2/real_time"]["items_per_second"]
            theirs, theirs_cpu = torch_samples_per_second(k, hard)
            ratio = ours / theirs
            ok &= ratio >= 5.0
            print(f"gradient {name:16s} k = {k:3d}: gumbel-explorer {ours / 1e6:6.2f} M samples/s, "
                  f"PyTorch {theirs / 1e6:6.3f} M samples/s, ratio {ratio:5.2f}x (required >= 5x); "
                  f"per CPU second {ours_cpu / theirs_cpu:5.2f}x; "
                  f"ours on 2 threads {ours2 / 1e6:6.2f} M samples/s ({ours2 / theirs:5.2f}x)")
    print("all ratios hold" if ok else "SOME RATIOS DO NOT HOLD")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
