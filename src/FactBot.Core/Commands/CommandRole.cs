namespace FactBot.Core.Commands;

/// <summary>Who may run a command. Ordered: an owner may do what an admin may, an admin what anyone may.</summary>
public enum CommandRole
{
    Anyone = 0,
    Admin = 1,
    Owner = 2,
}
