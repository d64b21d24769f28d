-- Whether inspection rejected the asset: a rejected asset's promo video is not the
-- requirement's video, so the asset that replaces it makes one.
alter table assets add column rejected boolean default false not null;
