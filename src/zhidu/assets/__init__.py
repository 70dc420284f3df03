"""Purchases and fixed assets: register, receipt and issue, annual count, disposal (采购与资产管理)."""
