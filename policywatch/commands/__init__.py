"""One module per subcommand; shared options and errors in :mod:`.common`."""
