"""Open a sweep's .pvd and .vtu files in ParaView itself and check what users will see.

Run with pvpython (ParaView's Python), headless:

    pvpython --force-offscreen-rendering scripts/paraview_check.py \
        --pvd out/sweep.pvd --alphas 0.1,1,10,100 --points 66049 --cells 131072 \
        [--norms out/norms.csv] [--expected DIR]

For a study's slices, one --pvd per collection (sweep-w=0.02.pvd, ...) and --time NAME (the
time parameter, default alpha; --alphas then lists its values).

For every --pvd (repeatable) it checks, with ParaView's own readers:
  * PVDReader: the time values are exactly the --alphas list, and each time step shows the
    DataSet of that value (same point count, same u as the file read directly);
  * XMLUnstructuredGridReader on every DataSet file: point and cell counts, every cell a
    triangle (VTK type 5), z = 0, a point array u, field data NAME equal to the timestep, nx
    and ny;
  * u against DIR/<file stem>.f64 (little-endian float64, one per vertex) when --expected is
    given: bit for bit for binary encodings, within 1e-15 (relative to max(1,|u|)) for ASCII;
  * the l2 norm of u recomputed from the file against the l2_dofs column of norms.csv (default:
    norms.csv beside the .pvd), within 1e-12 relative; the row is the one whose parameter
    columns equal the DataSet's field data (the mesh column against nx, ny).
Prints one line per check that failed and a summary; exit 0 when all pass, 1 when any fails,
2 on bad arguments.
"""
import argparse
import csv
import math
import os
import re
import sys

import numpy as np
from paraview import simple
from vtkmodules.util.numpy_support import vtk_to_numpy

VTK_TRIANGLE = 5
ASCII_TOLERANCE = 1e-15
NORM_TOLERANCE = 1e-12


class Checks:
    def __init__(self):
        self.failures = []
        self.passed = 0

    def expect(self, condition, message):
        if condition:
            self.passed += 1
        else:
            self.failures.append(message)
            print("FAIL: " + message, flush=True)
        return condition


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pvd", action="append", required=True, help="a sweep's .pvd file")
    parser.add_argument("--alphas", required=True, help="comma-separated time values (alpha list), e.g. 0.1,1")
    parser.add_argument("--time", default="alpha", help="the time parameter's name (default alpha)")
    parser.add_argument("--points", type=int, help="expected number of points per DataSet")
    parser.add_argument("--cells", type=int, help="expected number of cells per DataSet")
    parser.add_argument("--norms", help="norms.csv (default: norms.csv beside each .pvd)")
    parser.add_argument("--expected", help="directory of <stem>.f64 files with the expected u")
    args = parser.parse_args(argv)
    try:
        args.alphas = [float(a) for a in args.alphas.split(",")]
    except ValueError:
        parser.error("--alphas must be comma-separated numbers, got " + args.alphas)
    return args


NORM_COLUMNS = {"l2_dofs", "L2", "H1_semi", "min", "max", "iterations", "compute_s", "status"}


def read_norms(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def field_data(grid):
    data = grid.GetFieldData()
    return {data.GetArrayName(i): data.GetArray(i).GetValue(0) for i in range(data.GetNumberOfArrays())}


def row_of(norms, values):
    """The norms.csv row whose parameter columns equal the DataSet's field data."""
    for row in norms:
        match = True
        for column, text in row.items():
            if column in NORM_COLUMNS:
                continue
            if column == "mesh":
                nx, ny = int(values.get("nx", -1)), int(values.get("ny", -1))
                match &= text in (f"{nx}x{ny}",) + ((str(nx),) if nx == ny else ())
            else:
                match &= column in values and float(text) == values[column]
        if match:
            return row
    return None


def u_is_ascii(vtu_path):
    with open(vtu_path, "rb") as f:
        head = f.read(1 << 16).decode("latin-1")
    match = re.search(r'<DataArray[^>]*Name="u"[^>]*>', head)
    return bool(match) and 'format="ascii"' in match.group(0)


def dataset_files(pvd_path):
    with open(pvd_path) as f:
        text = f.read()
    return [(float(t), name) for t, name in
            re.findall(r'<DataSet[^>]*timestep="([^"]+)"[^>]*file="([^"]+)"', text)]


def check_grid(checks, grid, label, args):
    points, cells = grid.GetNumberOfPoints(), grid.GetNumberOfCells()
    if args.points is not None:
        checks.expect(points == args.points, f"{label}: {points} points, expected {args.points}")
    if args.cells is not None:
        checks.expect(cells == args.cells, f"{label}: {cells} cells, expected {args.cells}")
    types = vtk_to_numpy(grid.GetCellTypesArray())
    checks.expect(bool(np.all(types == VTK_TRIANGLE)),
                  f"{label}: cell types {sorted(set(types.tolist()))}, expected only triangles (5)")
    xyz = vtk_to_numpy(grid.GetPoints().GetData())
    checks.expect(bool(np.all(xyz[:, 2] == 0.0)), f"{label}: points with z != 0")
    u_array = grid.GetPointData().GetArray("u")
    if not checks.expect(u_array is not None, f"{label}: no point array 'u'"):
        return None
    return vtk_to_numpy(u_array).astype(np.float64, copy=True)


def check_u(checks, u, vtu_path, label, args):
    stem = os.path.splitext(os.path.basename(vtu_path))[0]
    reference_path = os.path.join(args.expected, stem + ".f64")
    if not checks.expect(os.path.exists(reference_path), f"{label}: no {reference_path}"):
        return
    reference = np.fromfile(reference_path, dtype="<f8")
    if not checks.expect(u.shape == reference.shape,
                         f"{label}: u has {u.shape[0]} values, reference {reference.shape[0]}"):
        return
    if u_is_ascii(vtu_path):
        error = np.abs(u - reference) / np.maximum(1.0, np.abs(reference))
        checks.expect(float(error.max()) <= ASCII_TOLERANCE,
                      f"{label}: ASCII u differs from the reference by {error.max():.3e} "
                      f"(tolerance {ASCII_TOLERANCE})")
        exact = int(np.count_nonzero(u.view("<i8") == reference.view("<i8")))
        print(f"  {label}: ASCII u, {exact} of {u.size} values bit-identical", flush=True)
    else:
        differ = int(np.count_nonzero(u.view("<i8") != reference.view("<i8")))
        checks.expect(differ == 0, f"{label}: {differ} values of u differ from the reference bits")


def check_norm(checks, u, values, norms, label):
    row = row_of(norms, values)
    if not checks.expect(row is not None, f"{label}: no row for {values!r} in norms.csv"):
        return
    if not checks.expect(bool(row.get("l2_dofs")),
                         f"{label}: norms.csv has no l2_dofs for {values!r} "
                         f"(status {row.get('status')!r})"):
        return
    l2 = math.sqrt(float(np.dot(u, u)))
    expected = float(row["l2_dofs"])
    checks.expect(abs(l2 - expected) <= NORM_TOLERANCE * abs(expected),
                  f"{label}: l2 norm from the file {l2!r} != norms.csv l2_dofs {expected!r}")


def check_field_data(checks, grid, time, value, label):
    values = field_data(grid)
    for name in ("nx", "ny"):
        checks.expect(name in values, f"{label}: no field data '{name}'")
    if time == "mesh":
        checks.expect(values.get("nx") == value, f"{label}: field data nx {values.get('nx')!r} != timestep {value!r}")
    elif checks.expect(time in values, f"{label}: no field data '{time}'"):
        checks.expect(values[time] == value,
                      f"{label}: field data {time} {values[time]!r} != timestep {value!r}")
    return values


def check_pvd(checks, pvd_path, args):
    directory = os.path.dirname(os.path.abspath(pvd_path))
    norms_path = args.norms or os.path.join(directory, "norms.csv")
    norms = read_norms(norms_path) if checks.expect(
        os.path.exists(norms_path), f"{pvd_path}: no {norms_path}") else {}
    collection = simple.PVDReader(FileName=pvd_path)
    times = list(collection.TimestepValues or [])
    checks.expect(times == args.alphas, f"{pvd_path}: time values {times}, expected {args.alphas}")

    for alpha, name in dataset_files(pvd_path):
        vtu_path = os.path.join(directory, name)
        label = os.path.relpath(vtu_path)
        reader = simple.XMLUnstructuredGridReader(FileName=[vtu_path])
        reader.UpdatePipeline()
        grid = reader.GetClientSideObject().GetOutputDataObject(0)
        u = check_grid(checks, grid, label, args)
        values = check_field_data(checks, grid, args.time, alpha, label)
        if u is None:
            continue
        if args.expected:
            check_u(checks, u, vtu_path, label, args)
        check_norm(checks, u, values, norms, label)

        collection.UpdatePipeline(alpha)
        shown = collection.GetClientSideObject().GetOutputDataObject(0)
        shown_u = shown.GetPointData().GetArray("u") if shown is not None else None
        checks.expect(shown_u is not None and np.array_equal(vtk_to_numpy(shown_u), u),
                      f"{pvd_path}: at time {alpha!r} PVDReader does not show {name}")
        simple.Delete(reader)
    simple.Delete(collection)


def main(argv):
    args = parse_args(argv)
    checks = Checks()
    for pvd_path in args.pvd:
        if not checks.expect(os.path.exists(pvd_path), f"no such .pvd: {pvd_path}"):
            continue
        check_pvd(checks, pvd_path, args)
    print(f"paraview_check: {checks.passed} checks passed, {len(checks.failures)} failed",
          flush=True)
    return 1 if checks.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
