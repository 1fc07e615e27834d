"""The peer: the same model's Monte Carlo as an analyst would write it in NumPy.

Reads the model (variables with their triangular ranges, as `estimate()` used them) from the JSON
file named on the command line, times `repeats` runs for each draw count, and prints one JSON
object: {"numpy": version, "python": version, "runs": [{"draws", "seconds", "median", "low", "high"}]}.
With "precision" in the spec, also the time to reach a standard error of `target` on both bounds of
the parameter interval by plain Monte Carlo (draws doubling from `start`, each step adding as many
again; Siddiqui's estimator as the library's 'mc' sampler uses it), "precision": {"seconds", "draws"}; with "batch", the time of a
loop over rows of the same model at `draws` each (GRDP varied as the library's batch bench varies
it), "batch": [{"rows", "seconds"}].
Vectorised, PCG64 (NumPy's default generator), quantiles by NumPy's default rule (type 7, as the
library). Its random numbers are not the library's, so its interval agrees only to Monte Carlo
error. Timed inside Python, so interpreter start-up and the NumPy import are not counted.
Run by bench/run.ts; python3 and NumPy only, nothing to install.
"""

import json
import platform
import sys
import time

import numpy as np


def parameter_shares(model, n, rng):
    """The parameter interval's draws (the share without the method error)."""
    v = {}
    for var in model["variables"]:
        if var["high"] > var["low"]:
            v[var["name"]] = rng.triangular(var["low"], var["mode"], var["high"], n)
        else:
            v[var["name"]] = var["mode"]
    core = np.minimum(v["ictRevenue"] * v["rho"] / v["grdp"], 1.0)
    national_sectoral = np.maximum(0.0, v["nationalShare"] - v["nationalCore"])
    intensity = np.sqrt(
        (v["itWorkforceShare"] / v["nationalItWorkforceShare"])
        * (v["firmsPerThousand"] / v["nationalFirmDensity"])
    )
    rest = 1.0 - core
    return core + np.minimum(
        national_sectoral * intensity ** v["beta"] * rest / (1.0 - v["nationalCore"]), rest
    )


def draw(model, n, seed):
    rng = np.random.default_rng(seed)
    # docs/method.md section 3, plan of the bundled Da Nang input (core from revenue, ratios given).
    share = parameter_shares(model, n, rng)
    # The method error of the predictive interval (docs/method.md section 4): scale * Student t on
    # the log-odds of the share; the parameter interval is the quantiles of `share` itself.
    error = model["methodError"]["scale"] * rng.standard_t(model["methodError"]["df"], n)
    predictive = 1.0 / (1.0 + (1.0 - share) / share * np.exp(-error))
    low, median, high = np.quantile(predictive, [0.05, 0.5, 0.95])
    np.quantile(share, [0.05, 0.95])
    return float(median), float(low), float(high)


def siddiqui(values, p, n):
    """Standard error of the p-quantile of n independent draws (docs/method.md section 4)."""
    delta = min(0.04, max(0.005, 0.5 * n ** (-1.0 / 3.0)))
    below, above = np.quantile(values, [p - delta, p + delta])
    return np.sqrt(p * (1 - p) / n) * (above - below) / (2 * delta)


def to_precision(model, target, start, seed):
    """Draws doubling from `start` until both parameter bounds' standard errors are within target:
    each step draws as many again from the same generator and keeps the earlier ones, as the
    library extends its run."""
    rng = np.random.default_rng(seed)
    share = parameter_shares(model, start, rng)
    while True:
        n = share.size
        if max(siddiqui(share, 0.05, n), siddiqui(share, 0.95, n)) <= target:
            return n
        share = np.concatenate([share, parameter_shares(model, n, rng)])


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        spec = json.load(f)
    runs = []
    for run in spec["runs"]:
        n = run["draws"]
        times = []
        for r in range(run["repeats"]):
            start = time.perf_counter()
            median, low, high = draw(spec["model"], n, spec["seed"] + r)
            times.append(time.perf_counter() - start)
        times.sort()
        runs.append(
            {"draws": n, "seconds": times[len(times) // 2], "median": median, "low": low, "high": high}
        )
    out = {"numpy": np.__version__, "python": platform.python_version(), "runs": runs}
    if "precision" in spec:
        p = spec["precision"]
        times, draws = [], 0
        for r in range(p["repeats"]):
            start = time.perf_counter()
            draws = to_precision(spec["model"], p["target"], p["start"], spec["seed"] + r)
            times.append(time.perf_counter() - start)
        times.sort()
        out["precision"] = {"seconds": times[len(times) // 2], "draws": draws}
    if "batch" in spec:
        out["batch"] = []
        for b in spec["batch"]:
            start = time.perf_counter()
            for i in range(b["rows"]):
                row = dict(spec["model"])
                row["variables"] = [
                    {**var, "low": var["low"] * f, "mode": var["mode"] * f, "high": var["high"] * f}
                    if var["name"] == "grdp"
                    else var
                    for var in spec["model"]["variables"]
                    for f in [0.6 + 0.025 * (i % 34)]
                ]
                draw(row, b["draws"], spec["seed"])
            out["batch"].append({"rows": b["rows"], "seconds": time.perf_counter() - start})
    print(json.dumps(out))


if __name__ == "__main__":
    main()
