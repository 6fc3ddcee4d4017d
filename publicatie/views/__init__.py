"""The pages of publicatie, one module per subject: versies (and the duo's changes) and reacties."""
