"""The pages of the leerspoor, one module per subject: fase (public), risicos, betrokkenheid and peilingen."""
