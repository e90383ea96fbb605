"""`python -m newsweave.cli`: the same command line as `newsweave`."""

from newsweave.cli import main

if __name__ == "__main__":
    main()
