"""The house → municipality exchange: the v1 workbook contract, its writer and its reader."""
