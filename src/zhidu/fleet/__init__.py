"""Vehicles: dispatch slips, trip log, fuel cards, repairs, driver allowances (公务用车)."""
