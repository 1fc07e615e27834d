"""The peer: the same model's Monte Carlo as an analyst would write it in NumPy.

Reads the model (variables with their triangular ranges, as `estimate()` used them) from the JSON
file named on the command line, times `repeats` runs for each draw count, and prints one JSON
object: {"numpy": version, "python": version, "runs": [{"draws", "seconds", "median", "low", "high"}]}.
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


def draw(model, n, seed):
    rng = np.random.default_rng(seed)
    v = {}
    for var in model["variables"]:
        if var["high"] > var["low"]:
            v[var["name"]] = rng.triangular(var["low"], var["mode"], var["high"], n)
        else:
            v[var["name"]] = var["mode"]
    # docs/method.md section 3, plan of the bundled Da Nang input (core from revenue, ratios given).
    core = np.minimum(v["ictRevenue"] * v["rho"] / v["grdp"], 1.0)
    national_sectoral = np.maximum(0.0, v["nationalShare"] - v["nationalCore"])
    intensity = np.sqrt(
        (v["itWorkforceShare"] / v["nationalItWorkforceShare"])
        * (v["firmsPerThousand"] / v["nationalFirmDensity"])
    )
    rest = 1.0 - core
    sectoral = np.minimum(
        national_sectoral * intensity ** v["beta"] * rest / (1.0 - v["nationalCore"]), rest
    )
    share = core + sectoral
    # The method error of the predictive interval (docs/method.md section 4): scale * Student t on
    # the log-odds of the share; the parameter interval is the quantiles of `share` itself.
    error = model["methodError"]["scale"] * rng.standard_t(model["methodError"]["df"], n)
    predictive = 1.0 / (1.0 + (1.0 - share) / share * np.exp(-error))
    low, median, high = np.quantile(predictive, [0.05, 0.5, 0.95])
    np.quantile(share, [0.05, 0.95])
    return float(median), float(low), float(high)


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
    print(json.dumps({"numpy": np.__version__, "python": platform.python_version(), "runs": runs}))


if __name__ == "__main__":
    main()
