-- Close the source and write the slice's pages, so that its file is complete without a WAL.
detach source;
checkpoint;
