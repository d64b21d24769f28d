-- What each asset's images stand on: a generated scene or the drawn backdrop, and why a
-- requested scene fell back to the drawn one.
alter table assets add column backdrop varchar(20) default 'DRAWN' not null;
alter table assets add column backdrop_fallback varchar(500);
