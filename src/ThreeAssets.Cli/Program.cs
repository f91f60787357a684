Console.WriteLine("threeassets");
return 0;
