#!/usr/bin/env python3
"""Checks the closed forms of docs/gradients.md for the k = 2 toy problem
(theta = (0, 0), t = (t1, 0), w = (1, 0), derivative along theta_1) in two
independent ways: 1-D quadrature over U = C_1 at tau = 1 (C_1 is uniform there,
because C_1 = sigmoid(g_1 - g_2) and g_1 - g_2 is standard logistic), and
Monte Carlo with numpy written from the definitions (Gumbel noise, the
softmax Jacobian, the top-down conditional Gumbels). Also prints the relaxed
estimator's bias against tau. Usage: python3 docs/gradients_check.py"""
import numpy as np
from scipy import integrate

T = 0.45
rng = np.random.default_rng(12345)


def closed_forms(t):
    exact = (1 - 2 * t) / 4
    var_reinforce = ((1 - t) ** 4 + t ** 4) / 8 - exact ** 2
    mean_st = (1 - 2 * t) / 6
    var_st = ((1 - t) ** 2 + t ** 2) / 15 - mean_st ** 2
    var_gr_inf = 1 / 36
    return exact, var_reinforce, mean_st, var_st, var_gr_inf


def quadrature(t):
    # tau = 1: ST_1 = 2 U (1 - U) (1{U > 1/2} - t), U = C_1 ~ Uniform(0, 1).
    st = lambda u: 2 * u * (1 - u) * ((u > 0.5) - t)
    m1 = integrate.quad(st, 0, 1, points=[0.5])[0]
    m2 = integrate.quad(lambda u: st(u) ** 2, 0, 1, points=[0.5])[0]
    # GR, K -> inf: E[ST | z], z = 1 iff U > 1/2 (probability 1/2 each).
    up = integrate.quad(st, 0.5, 1)[0] / 0.5
    down = integrate.quad(st, 0, 0.5)[0] / 0.5
    gr_mean = 0.5 * up + 0.5 * down
    gr_var = 0.5 * up ** 2 + 0.5 * down ** 2 - gr_mean ** 2
    return m1, m2 - m1 ** 2, gr_mean, gr_var


def jacobian_product(c, v, tau):
    # (diag(C) - C C^T) v / tau, rows = samples
    return (c * v - c * np.sum(c * v, axis=1, keepdims=True)) / tau


def monte_carlo(t, tau, n, k_cond):
    theta = np.zeros(2)
    p = np.exp(theta) / np.exp(theta).sum()
    target = np.array([t, 0.0])
    w = np.array([1.0, 0.0])
    f_vertex = np.array([np.sum(w * (np.eye(2)[j] - target) ** 2) for j in range(2)])
    g = -np.log(-np.log(rng.random((n, 2))))
    zlog = theta + g
    z = np.argmax(zlog, axis=1)
    c = np.exp((zlog - zlog.max(axis=1, keepdims=True)) / tau)
    c /= c.sum(axis=1, keepdims=True)
    ez = np.eye(2)[z]
    reinforce = f_vertex[z][:, None] * (ez - p)
    relaxed = jacobian_product(c, 2 * w * (c - target), tau)
    st = jacobian_product(c, 2 * w * (ez - target), tau)
    # Gumbel-Rao: K conditional samples per z (top-down construction).
    lse = np.log(np.exp(theta).sum())
    gr = np.zeros((n, 2))
    for _ in range(k_cond):
        e = rng.exponential(size=(n, 2))
        ez_ = e[np.arange(n), z]
        gz = lse - np.log(ez_)
        G = -np.log(e * np.exp(-theta) + (ez_ / np.exp(theta).sum())[:, None])
        G[np.arange(n), z] = gz
        assert np.all(np.argmax(G, axis=1) == z)
        cc = np.exp((G - G.max(axis=1, keepdims=True)) / tau)
        cc /= cc.sum(axis=1, keepdims=True)
        gr += jacobian_product(cc, 2 * w * (ez - target), tau)
    gr /= k_cond
    return {name: (x[:, 0].mean(), x[:, 0].var(), x[:, 0].std() / np.sqrt(n))
            for name, x in [("reinforce", reinforce), ("relaxed", relaxed), ("straight-through", st),
                            ("gumbel-rao", gr)]}


def relaxed_mean_tau(t, tau):
    # E[relaxed_1] at theta = 0: C_1 = u^(1/tau) / (u^(1/tau) + (1-u)^(1/tau)), u uniform.
    def integrand(u):
        a = np.log(u) / tau
        b = np.log1p(-u) / tau
        c1 = 1.0 / (1.0 + np.exp(b - a))
        return c1 * (1 - c1) / tau * 2 * (c1 - t)
    return integrate.quad(integrand, 0, 1, points=[0.5], limit=400)[0]


def main():
    exact, var_r, mean_st, var_st, var_gr = closed_forms(T)
    q = quadrature(T)
    print(f"t = {T}")
    print(f"exact gradient        closed {exact:.12f}")
    print(f"Var REINFORCE         closed {var_r:.12f}")
    print(f"E[ST] tau=1           closed {mean_st:.12f}  quadrature {q[0]:.12f}")
    print(f"Var ST tau=1          closed {var_st:.12f}  quadrature {q[1]:.12f}")
    print(f"E[GR] K=inf tau=1     closed {mean_st:.12f}  quadrature {q[2]:.12f}")
    print(f"Var GR K=inf tau=1    closed {var_gr:.12f}  quadrature {q[3]:.12f}")
    n = 400_000
    mc = monte_carlo(T, 1.0, n, 50)
    for name, (m, v, se) in mc.items():
        print(f"MC n={n} {name:17s} mean {m:+.5f} (se {se:.5f})  var {v:.6f}")
    print(f"  (GR with K = 50 has variance 1/36 + (Var ST - 1/36)/K = {var_gr + (var_st - var_gr) / 50:.6f})")
    for tau in [1.0, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01, 0.001]:
        m = relaxed_mean_tau(T, tau)
        print(f"relaxed tau={tau:<6} mean {m:+.8f}  bias {m - exact:+.3e}")


if __name__ == "__main__":
    main()
