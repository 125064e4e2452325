from ehealth_wizard.cli import main

if __name__ == "__main__":  # not when a spawned child process re-imports the entry module
    raise SystemExit(main())
