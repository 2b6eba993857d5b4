module indieremotix

go 1.19
