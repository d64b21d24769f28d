-- How well each asset keeps to the brand kit it was produced with: the score, 0-100, and
-- its parts as a JSON array of {name, score, detail}; both null without a kit.
alter table assets add column brand_score integer;
alter table assets add column brand_score_parts varchar(4000);
