-- The raw folder as the build's problems name it (raw/raw_names.py: data/raw/ for the project's own, else the
-- path given to --raw), for the checks that name a file or a catalog: getvariable('raw_folder') || 'catalog/...'.
set variable raw_folder = $folder
