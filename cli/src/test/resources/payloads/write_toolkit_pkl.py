"""Writes DIR/invoke_args_examples.pkl as the Python toolkit does, or a pickle that runs a command.

Usage: python3 write_toolkit_pkl.py DIR toolkit|evil [MARKER]
toolkit: the toolkit's own convert_invoke_args_to_pkl when sm_serverless_benchmarking is
importable, else pickle.dump of the list exactly as that function does; prints which.
evil: a list whose second element unpickles into os.system("touch MARKER").
"""
import os
import pickle
import sys
from pathlib import Path

directory, mode = Path(sys.argv[1]), sys.argv[2]
examples = [
    {"Body": bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF, 0xFE]), "ContentType": "image/png",
     "Accept": "application/json"},
    {"Body": "1,2,3,4,5", "ContentType": "text/csv", "CustomAttributes": "trace=1"},
]

if mode == "toolkit":
    try:
        from sm_serverless_benchmarking.utils import convert_invoke_args_to_pkl
    except ImportError:
        with (directory / "invoke_args_examples.pkl").open("wb+") as f:
            pickle.dump(examples, f)
        print("pickle.dump")
    else:
        convert_invoke_args_to_pkl(examples, str(directory))
        print("toolkit")
else:
    class RunsACommand:
        def __reduce__(self):
            return os.system, ("touch " + sys.argv[3],)

    with (directory / "invoke_args_examples.pkl").open("wb+") as f:
        pickle.dump([examples[1], RunsACommand()], f)
    print("evil")
