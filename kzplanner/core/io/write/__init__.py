"""Writing files: atomically (write.atomic), the plan workbook and layers, templates, parameters and projects."""
