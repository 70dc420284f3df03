"""Seals: the seal register, the use log, taking a seal out (印章管理)."""
