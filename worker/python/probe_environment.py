"""What a worker reports about its Python: version, key packages, and (asked with
--torch-cuda, when nvidia-smi found nothing) the GPUs PyTorch sees. One JSON object on stdout.

Package versions come from installed metadata, without importing the packages: fast, and
safe even when a package is broken. Only the torch probe imports anything."""
import json
import platform
import sys
from importlib import metadata

PACKAGES = [
    "ipykernel", "jupyter_client", "numpy", "pandas", "matplotlib", "scikit-learn",
    "scipy", "torch", "xgboost", "tensorflow",
]


def version_of(name):
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def torch_gpus():
    import torch

    if not torch.cuda.is_available():
        return []
    return [
        {
            "index": i,
            "name": torch.cuda.get_device_name(i),
            "memoryBytes": torch.cuda.get_device_properties(i).total_memory,
        }
        for i in range(torch.cuda.device_count())
    ]


def main():
    result = {
        "executable": sys.executable,
        "version": platform.python_version(),
        "packages": {name: version_of(name) for name in PACKAGES},
    }
    if "--torch-cuda" in sys.argv and result["packages"]["torch"]:
        try:
            result["gpus"] = torch_gpus()
        except Exception as error:  # a broken CUDA install: report no GPUs, say why
            result["torchError"] = repr(error)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
