-- Budget tables (年初预算) and adjustment documents are imported like voucher sheets, with mappings of their own:
-- which kind of sheet (vouchers, appropriations, adjustments) a remembered header → field belongs to. The mappings
-- remembered so far were all for voucher sheets.
ALTER TABLE voucher_column_mapping ADD COLUMN sheet TEXT NOT NULL DEFAULT 'vouchers';
ALTER TABLE voucher_column_mapping DROP CONSTRAINT voucher_column_mapping_pkey;
ALTER TABLE voucher_column_mapping ADD PRIMARY KEY (department_id, sheet, header);
