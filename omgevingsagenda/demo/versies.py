def laden(agenda, stdout):
    """Filled by the versions issue."""
