from ehealth_wizard.cli import main

raise SystemExit(main())
